"""One holder at a time, whichever lock the install has (Redis, PostgreSQL, a file)."""

import os
import threading
import uuid

import pytest
import redis
from django.db import connection

from habar.worker.locks import exclusive

pytestmark = pytest.mark.both_engines

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/11"


def held_elsewhere(name):
    """Whether another thread (another database connection) could take `name` now."""
    result = []

    def attempt():
        try:
            with exclusive(name) as acquired:
                result.append(acquired)
        finally:
            connection.close()

    thread = threading.Thread(target=attempt)
    thread.start()
    thread.join()
    return not result[0]


@pytest.fixture
def lock_name():
    return f"test-{uuid.uuid4().hex}"


@pytest.fixture
def database_locks(settings, tmp_path):
    settings.REDIS_URL = ""
    settings.VAR_DIR = tmp_path


@pytest.fixture
def redis_locks(settings):
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"no Redis at {REDIS_URL}")
    settings.REDIS_URL = REDIS_URL


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("database_locks")
def test_database_lock_has_one_holder(lock_name):
    with exclusive(lock_name) as acquired:
        assert acquired
        assert held_elsewhere(lock_name)


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("database_locks")
def test_database_lock_is_free_again_after_release(lock_name):
    with exclusive(lock_name):
        pass

    assert not held_elsewhere(lock_name)


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("database_locks")
def test_database_locks_of_other_names_are_independent(lock_name):
    with exclusive(lock_name):
        assert not held_elsewhere(lock_name + "-other")


@pytest.mark.usefixtures("redis_locks")
def test_redis_lock_has_one_holder(lock_name):
    with exclusive(lock_name) as acquired:
        assert acquired
        assert held_elsewhere(lock_name)


@pytest.mark.usefixtures("redis_locks")
def test_redis_lock_is_free_again_after_release(lock_name):
    with exclusive(lock_name):
        pass

    assert not held_elsewhere(lock_name)


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("database_locks")
def test_unreachable_redis_falls_back_to_the_database_lock(settings, lock_name):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"

    with exclusive(lock_name) as acquired:
        assert acquired
        assert held_elsewhere(lock_name)
