"""One JSON object per log line, for log collectors in production."""

import atexit
import json
import logging
import os
import random
import re
import threading
import time
from contextlib import suppress
from datetime import datetime

import orjson

REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
request_log = logging.getLogger("habar.request")
outage_log = logging.getLogger("habar.outage")
# Request attribute: the database error the request met, once it is logged as an outage.
OUTAGE_ATTRIBUTE = "_habar_database_outage"

# LogRecord's own attributes; anything else on a record came in through `extra=`.
STANDARD_ATTRIBUTES = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message"}


class JSONFormatter(logging.Formatter):
    """A record as one line of JSON: time (ISO 8601, with the zone's offset), level, logger,
    message and whatever came in through `extra=`.

    Every request logs a line, so the line is cheap to make: the time's text is made once a
    second and the object is serialised by orjson.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._second = (None, "")

    def iso_time(self, created):
        second = int(created)
        if self._second[0] != second:
            self._second = (second, datetime.fromtimestamp(second).astimezone().isoformat())
        return self._second[1]

    def format(self, record):
        entry = {
            "time": self.iso_time(record.created),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update(
            (key, value) for key, value in vars(record).items() if key not in STANDARD_ATTRIBUTES
        )
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        try:
            return orjson.dumps(entry, default=str, option=orjson.OPT_NON_STR_KEYS).decode()
        except orjson.JSONEncodeError:  # an integer beyond 64 bits, say: the slower way
            return json.dumps(entry, ensure_ascii=False, default=str)


class BatchedStreamHandler(logging.StreamHandler):
    """A StreamHandler that writes its lines in batches: one write for many lines.

    At thousands of requests a second a write and a flush per line cost as much as the
    work the line describes. Lines wait at most FLUSH_SECONDS (a thread of the process
    writes them) or until BATCH_LINES have gathered; a warning or worse is written at once,
    with the lines before it, and whatever is left is written when the process exits.
    """

    FLUSH_SECONDS = 0.25
    BATCH_LINES = 256

    def __init__(self, stream=None):
        super().__init__(stream)
        self.pending = []
        self.flusher_pid = None
        atexit.register(self.flush)

    def emit(self, record):
        try:
            line = self.format(record) + self.terminator
        except Exception:
            self.handleError(record)
            return
        # Logging calls emit() holding this handler's lock.
        self.pending.append(line)
        if record.levelno >= logging.WARNING or len(self.pending) >= self.BATCH_LINES:
            self.write_pending()
        elif self.flusher_pid != os.getpid():  # first line of this process (or of a fork)
            self.flusher_pid = os.getpid()
            threading.Thread(target=self.flush_now_and_then, daemon=True).start()

    def write_pending(self):
        lines, self.pending = self.pending, []
        if lines:
            self.stream.write("".join(lines))
            self.stream.flush()

    def flush(self):
        # ValueError, OSError: the stream closed as the process ends.
        with self.lock, suppress(OSError, ValueError):
            self.write_pending()

    def flush_now_and_then(self):
        while True:
            time.sleep(self.FLUSH_SECONDS)
            self.flush()


def request_id_from(offered):
    """The proxy's X-Request-ID when it is sane, else a new one (a uuid4's hex shape)."""
    if offered and REQUEST_ID.match(offered):
        return offered
    # Shaped as a uuid4's hex, without the system call for random bytes.
    return f"{random.getrandbits(128):032x}"


def log_request(method, path, status, request_id, started, cache="", log=request_log):
    """The one line every answered request logs, from Django or from a WSGI front."""
    if not log.isEnabledFor(logging.INFO):
        return
    # Made directly: Logger.info() would also look up the calling frame, which no line shows.
    record = log.makeRecord(
        log.name,
        logging.INFO,
        __file__,
        0,
        "%s %s %s",
        (method, path, status),
        None,
        extra={
            "request_id": request_id,
            "method": method,
            "path": path,
            "status": status,
            "duration_ms": round((time.monotonic() - started) * 1000, 1),
            "cache": cache,
        },
    )
    log.handle(record)


class RequestLogMiddleware:
    """Give every request an id and log one line."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        request.id = request_id_from(request.headers.get("X-Request-ID", ""))
        response = self.get_response(request)
        response["X-Request-ID"] = request.id
        log_request(
            request.method,
            request.path,
            response.status_code,
            request.id,
            started,
            cache=response.get("X-Habar-Cache", ""),
        )
        return response


def log_database_outage(request, exception):
    """One line for a request that met the database away: the error, not its traceback.

    While the database is down every request fails the same way; the line says which
    error, and the request id ties it to the reader's 503 (and to the proxy's log).
    """
    if hasattr(request, OUTAGE_ATTRIBUTE):
        return
    setattr(request, OUTAGE_ATTRIBUTE, exception)
    error = type(exception).__name__
    detail = " ".join(str(exception).split())  # psycopg's messages span several lines
    outage_log.error(
        "Database unavailable: %s: %s",
        error,
        detail,
        extra={
            "request_id": getattr(request, "id", ""),
            "method": request.method,
            "path": request.path,
            "error": error,
            "detail": detail,
        },
    )


class DatabaseOutageFilter(logging.Filter):
    """Drop Django's own records of a request already logged as a database outage.

    Django logs a failure in a middleware with its full traceback, and then the 503 that
    replaced it; log_database_outage() has said it all in one line.
    """

    def filter(self, record):
        return not hasattr(getattr(record, "request", None), OUTAGE_ATTRIBUTE)


class RefusedRequestFilter(logging.Filter):
    """A request Django refused (a bad Host, a suspicious path, an oversized body) in one line.

    Django logs each at error level with its traceback, under django.security.*: a scanner's
    visit would bury the one traceback that matters. The answer (a 400) was right; the line
    says why, at warning level, with the request id. Attached to the handlers, since a
    logger's filters do not see its children's records.
    """

    def filter(self, record):
        if not record.name.startswith("django.security"):
            return True
        request = getattr(record, "request", None)
        reason = record.name.rsplit(".", 1)[-1]
        message = record.getMessage()
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = None
        record.reason, record.request_id = reason, getattr(request, "id", "")
        record.msg = "Refused %s %s (%s): %s"
        record.args = (
            getattr(request, "method", ""),
            getattr(request, "path", ""),
            reason,
            message,
        )
        return True
