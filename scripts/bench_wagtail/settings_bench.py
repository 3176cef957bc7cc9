"""The baseline's settings: `wagtail start`'s production settings, with the bench's database."""

import os
from urllib.parse import urlsplit

from .production import *  # noqa: F403

INSTALLED_APPS = ["articles", *INSTALLED_APPS]  # noqa: F405
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]

_url = urlsplit(os.environ["BASELINE_DATABASE_URL"])
if _url.scheme == "sqlite":
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": _url.path}}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": _url.path.lstrip("/"),
            "USER": _url.username or "",
            "PASSWORD": _url.password or "",
            "HOST": _url.hostname or "",
            "PORT": _url.port or "",
        }
    }
