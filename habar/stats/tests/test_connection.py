"""The beacon's Redis connection: answers, and failures told apart."""

import socket
import time

import pytest
from redis.exceptions import NoScriptError, ResponseError

from habar.core.redis import redis_key
from habar.stats import connection

from .conftest import REDIS_URL


@pytest.fixture
def line(buffered):
    kept = connection._new_connection(REDIS_URL)
    yield kept
    kept.disconnect()


def test_answers_strings_numbers_and_arrays(line):
    assert connection.call(line, "PING") == b"PONG"
    assert connection.call(line, "ECHO", "héllo") == "héllo".encode()
    assert connection.call(line, "EVAL", "return {1, 'two', false}", 0) == [1, b"two", None]


def test_speaks_to_the_urls_database(line, buffered):
    key = redis_key("connection-test")  # under the test's prefix: cleared after it
    buffered.set(key, "here")

    assert connection.call(line, "GET", key) == b"here"


def test_an_error_is_raised_and_the_connection_kept(line):
    with pytest.raises(ResponseError):
        connection.call(line, "NO-SUCH-COMMAND")

    assert connection.call(line, "PING") == b"PONG"


def test_an_unknown_script_is_no_script_error(line):
    with pytest.raises(NoScriptError):
        connection.call(line, "EVALSHA", "0" * 40, 0)


def test_nothing_listening_is_not_sent():
    with pytest.raises(connection.NotSent):
        connection.call(connection._new_connection("redis://127.0.0.1:1/0"), "PING")


def test_a_connection_closed_since_its_last_use_is_replaced(line):
    connection.call(line, "PING")
    line._sock.shutdown(socket.SHUT_RDWR)

    assert connection.call(line, "PING") == b"PONG"


def test_an_answer_that_does_not_come_in_time_is_lost(monkeypatch, buffered):
    monkeypatch.setattr(connection, "REPLY_SECONDS", 0.2)
    line = connection._new_connection(REDIS_URL)

    with pytest.raises(connection.Lost):
        connection.call(line, "BLPOP", "connection-test-nothing", 2)
    assert connection.call(line, "PING") == b"PONG"
    line.disconnect()


def test_each_thread_and_url_has_its_own_connection(buffered):
    first = connection.connection(REDIS_URL)

    assert connection.connection(REDIS_URL) is first


def test_a_connection_redis_closed_since_its_last_use_is_replaced(line, buffered):
    # As when Redis stops or restarts between two beacons: the command must not be sent
    # on the dead connection (its reply would be lost) but on a new one.
    own_id = connection.call(line, "CLIENT", "ID")
    buffered.execute_command("CLIENT", "KILL", "ID", own_id)
    deadline = time.monotonic() + 2
    while not connection._closed_by_peer(line) and time.monotonic() < deadline:
        time.sleep(0.01)

    assert connection.call(line, "PING") == b"PONG"
    assert connection.call(line, "CLIENT", "ID") != own_id
