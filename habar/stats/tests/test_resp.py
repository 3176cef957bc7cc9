"""The bare Redis connection of the beacon's script: answers, and failures told apart."""

import socket
import time

import pytest
from redis.exceptions import NoScriptError, ResponseError

from habar.core.redis import redis_key
from habar.stats import resp

from .conftest import REDIS_URL

pytestmark = pytest.mark.both_engines


@pytest.fixture
def line(buffered):
    connection = resp.Connection(REDIS_URL)
    yield connection
    connection.close()


def test_answers_strings_numbers_and_arrays(line):
    assert line.call("PING") == b"PONG"
    assert line.call("ECHO", "héllo") == "héllo".encode()
    assert line.call("EVAL", "return {1, 'two', false}", 0) == [1, b"two", None]


def test_speaks_to_the_urls_database(line, buffered):
    key = redis_key("resp-test")  # under the test's prefix: cleared after it
    buffered.set(key, "here")

    assert line.call("GET", key) == b"here"


def test_an_error_is_raised_and_the_connection_kept(line):
    with pytest.raises(ResponseError):
        line.call("NO-SUCH-COMMAND")

    assert line.call("PING") == b"PONG"


def test_an_unknown_script_is_no_script_error(line):
    with pytest.raises(NoScriptError):
        line.call("EVALSHA", "0" * 40, 0)


def test_nothing_listening_is_not_sent():
    with pytest.raises(resp.NotSent):
        resp.Connection("redis://127.0.0.1:1/0").call("PING")


def test_a_connection_closed_since_its_last_use_is_replaced(line):
    line.call("PING")
    line.sock.shutdown(socket.SHUT_RDWR)

    assert line.call("PING") == b"PONG"


def test_an_answer_that_does_not_come_in_time_is_lost(line, monkeypatch):
    monkeypatch.setattr(resp, "REPLY_SECONDS", 0.2)
    line.close()

    with pytest.raises(resp.Lost):
        line.call("BLPOP", "resp-test-nothing", 2)
    assert line.call("PING") == b"PONG"


def test_each_thread_and_url_has_its_own_connection(buffered):
    first = resp.connection(REDIS_URL)

    assert resp.connection(REDIS_URL) is first
    assert resp.connection("rediss://127.0.0.1:6379/0") is None


def test_a_connection_redis_closed_since_its_last_use_is_replaced(line, buffered):
    # As when Redis stops or restarts between two beacons: the command must not be sent
    # on the dead connection (its reply would be lost) but on a new one.
    own_id = line.call("CLIENT", "ID")
    buffered.execute_command("CLIENT", "KILL", "ID", own_id)
    deadline = time.monotonic() + 2
    while not line.closed_by_peer() and time.monotonic() < deadline:
        time.sleep(0.01)

    assert line.call("PING") == b"PONG"
    assert line.call("CLIENT", "ID") != own_id
