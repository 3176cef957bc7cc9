"""Test settings: the same database and cache selection as production (DATABASE_URL,
REDIS_URL), so the suite runs on SQLite and again on PostgreSQL + Redis."""

import os

from .base import *  # noqa: F403
from .base import database_from_env

SECRET_KEY = "habar-tests-only"  # noqa: S105
ALLOWED_HOSTS = ["*"]
DEBUG = False
DATABASES = {"default": database_from_env(":memory:")}
# A mirror of the test database, so the read-replica router is tested on real connections.
DATABASES["replica1"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}
DATABASE_REPLICAS = []
DATABASE_ROUTERS = []
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tasks run where they are queued, also on the PostgreSQL + Redis run: tests see their effect
# (search indexing, ...) at once. The worker's own tests switch to the database backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Beacons write to the database at once; habar.stats' buffer tests turn the Redis buffer on.
HABAR_VIEW_BUFFER = False
# A worker run by a test runs in the test's process: giving way would slow the rest of it.
HABAR_WORKER_NICENESS = 0
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
if os.environ.get("REDIS_URL"):
    CACHES["default"]["KEY_PREFIX"] = f"habar-test-{os.getpid()}"  # noqa: F405
# No test reaches Telegram: those that post set a token and their own stand-in server.
HABAR_TELEGRAM_BOT_TOKEN = ""
HABAR_TELEGRAM_API_URL = "http://127.0.0.1:9"
