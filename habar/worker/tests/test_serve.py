"""`habar serve` refuses several processes that would each keep their own page cache."""

import pytest
from django.core.management import CommandError, call_command

from habar.worker.management.commands import serve

LOCAL_MEMORY = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REDIS = {"default": {"BACKEND": "habar.core.cache.FailSoftRedisCache", "LOCATION": "redis://x"}}
POSTGRES = {"ENGINE": "django.db.backends.postgresql", "NAME": "habar"}


def test_several_processes_without_redis_are_refused_with_a_clear_message(settings):
    settings.CACHES = LOCAL_MEMORY

    with pytest.raises(CommandError, match="REDIS_URL"):
        call_command("serve", workers=2)


def test_web_concurrency_without_redis_is_refused_too(settings, monkeypatch):
    settings.CACHES = LOCAL_MEMORY
    monkeypatch.setenv("WEB_CONCURRENCY", "4")

    with pytest.raises(CommandError, match="--workers 1"):
        call_command("serve")


def test_a_server_database_without_redis_serves_one_process(settings):
    settings.CACHES = LOCAL_MEMORY
    settings.DATABASES = {"default": POSTGRES}

    assert serve.default_workers() == 1


def test_a_server_database_with_redis_serves_one_process_per_core(settings, monkeypatch):
    settings.CACHES = REDIS
    settings.DATABASES = {"default": POSTGRES}
    monkeypatch.setattr(serve.os, "cpu_count", lambda: 4)

    assert serve.default_workers() == 4
