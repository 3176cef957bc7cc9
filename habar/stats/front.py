"""The view beacon's WSGI front: a reader's beacon is counted before Django is entered.

Every article page view posts a beacon, so it is the busiest request Habar serves that a
page cache cannot answer. Django's middleware stack and the view's queries cost far more
than the count itself, which is one Redis script (habar.stats.buffer.record) given the
article's facts that each process keeps in memory (habar.stats.articles).

The front answers only what it can answer exactly as Django would: a POST to
/views/<id>/ of a live public article, with the Redis view buffer on, no session cookie
(an editor's views are not counted, and only Django knows who is signed in), an allowed
Host, and no HTTPS redirect due. Everything else goes to Django unchanged, among it a
404 (Django renders the page), Redis being down (Django counts in the database) and the
first beacon of each scheme in a process, whose answer's headers — the security headers
the middleware adds — the front learns and gives its own answers.
"""

import re
import time

from django.conf import settings
from django.db import DatabaseError
from django.http.request import split_domain_port, validate_host
from django.utils.http import http_date

from habar.core.clients import is_secure
from habar.core.logging import log_request, request_id_from, request_log

from . import buffer, visitors

BEACON_PATH = re.compile(r"/views/([0-9]{1,10})/")
MAX_PAGE_ID = 2**31 - 1  # Page.id's column; Django answers anything beyond with a 404
# The request log's line for each beacon answered here, under a logger of its own: at
# thousands of beacons a second it costs about as much as the count, and a site may
# quieten it alone (LOGGING: {"loggers": {"habar.request.beacon": {"level": "WARNING"}}}).
beacon_log = request_log.getChild("beacon")
# Headers that belong to one answer, not to every answer of the beacon. (Django's
# Content-Language follows the reader's Accept-Language; a count has no language.)
PER_RESPONSE_HEADERS = {
    "content-language",
    "content-length",
    "date",
    "expires",
    "set-cookie",
    "x-request-id",
}


class BeaconFront:
    def __init__(self, application):
        self.application = application
        self.session_cookie = settings.SESSION_COOKIE_NAME + "="
        self.headers = {}  # secure (bool) -> headers of Django's answer to a beacon
        self.hosts = (None, {})  # (ALLOWED_HOSTS, {Host header: allowed}) of the last check
        self.expires = (0, "")  # (second, its HTTP date)

    def __call__(self, environ, start_response):
        page_id = self.page_id(environ)
        if page_id is None:
            return self.application(environ, start_response)
        secure = is_secure(environ)
        headers = self.headers.get(secure)
        if headers is None:
            return self.learn(environ, start_response, secure)
        started = time.monotonic()
        try:
            views = buffer.record(page_id, environ, visitors.is_reader(environ))
        except buffer.Unacknowledged:
            headers = [*headers, ("Retry-After", "5")]
            return self.answer(environ, start_response, 503, headers, b'{"views": null}', started)
        except (buffer.Unavailable, DatabaseError):
            return self.application(environ, start_response)
        if views is None:
            return self.application(environ, start_response)
        body = b'{"views": %d}' % views
        return self.answer(environ, start_response, 200, headers, body, started)

    def page_id(self, environ):
        """The article id of a beacon the front may answer, else None."""
        if environ.get("REQUEST_METHOD") != "POST":
            return None
        match = BEACON_PATH.fullmatch(environ.get("PATH_INFO", ""))
        if match is None or int(match[1]) > MAX_PAGE_ID or not buffer.enabled():
            return None
        if self.session_cookie in environ.get("HTTP_COOKIE", ""):
            return None
        if settings.USE_X_FORWARDED_HOST:
            return None
        if not self.is_allowed(environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")):
            return None  # Django answers 400 (or learns the host of a new site)
        if settings.SECURE_SSL_REDIRECT and not is_secure(environ):
            return None
        return int(match[1])

    def is_allowed(self, host):
        allowed_hosts, known = self.hosts
        if allowed_hosts is not settings.ALLOWED_HOSTS:  # replaced when a site is added
            allowed_hosts, known = settings.ALLOWED_HOSTS, {}
            self.hosts = (allowed_hosts, known)
        allowed = known.get(host)
        if allowed is None:
            domain, _port = split_domain_port(host)
            allowed = bool(domain) and validate_host(domain, allowed_hosts)
            if len(known) < 100:  # Host headers are the client's to choose
                known[host] = allowed
        return allowed

    def learn(self, environ, start_response, secure):
        """Let Django answer, and keep the headers of its answer for the front's own."""

        def remember(status, headers, exc_info=None):
            content_type = next((v for k, v in headers if k.lower() == "content-type"), "")
            if status.startswith("200 ") and content_type == "application/json":
                self.headers[secure] = [
                    (name, value)
                    for name, value in headers
                    if name.lower() not in PER_RESPONSE_HEADERS
                ]
            return start_response(status, headers, exc_info)

        return self.application(environ, remember)

    def http_date(self):
        second = int(time.time())
        if self.expires[0] != second:
            self.expires = (second, http_date(second))
        return self.expires[1]

    def answer(self, environ, start_response, status, headers, body, started):
        request_id = request_id_from(environ.get("HTTP_X_REQUEST_ID", ""))
        headers = [
            *headers,
            ("Expires", self.http_date()),
            ("Content-Length", str(len(body))),
            ("X-Request-ID", request_id),
        ]
        start_response("200 OK" if status == 200 else "503 Service Unavailable", headers)
        log_request(
            "POST", environ.get("PATH_INFO", ""), status, request_id, started, log=beacon_log
        )
        return [body]
