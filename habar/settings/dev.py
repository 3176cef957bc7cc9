"""Embedded default: SQLite, local-memory cache, media on disk, no services to start."""

import os
import secrets

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = os.environ.get("DEBUG", "0") == "1"
# The embedded default has no web server in front: Habar serves uploaded media itself.
HABAR_SERVE_MEDIA = True
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h] or [
    "127.0.0.1",
    "localhost",
    ".localhost",
    "[::1]",
]


def _local_secret_key():
    # A per-checkout key kept under var/, so that sessions survive restarts and no key
    # is ever committed. Production reads SECRET_KEY from the environment instead.
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = os.environ.get("SECRET_KEY") or _local_secret_key()
# E-mail is written to files under var/mail/ (`habar serve` and `habar worker` say where).
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
