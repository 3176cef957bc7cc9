"""Passwords of private pages and document collections: a few wrong guesses, then a wait.

Wagtail checks these passwords in views of its own (``wagtail.views`` and
``wagtail.documents.views.serve``, both ``authenticate_with_password``) with no limit, no
hook around the check and no way to swap the form. Habar routes the same paths, under the
same names, to those views wrapped here (see habar/urls.py): the two rare password posts
pay for the count, and no middleware looks at every other request.

Failures are counted per restriction and client address, in Django's cache (Redis when
scaled out, so every process shares the count). Keyed on the pair, as the admin's login
throttle is, so a guesser elsewhere cannot lock the readers who know the password out.
"""

import hashlib
import math
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from wagtail.documents.views import serve as document_views
from wagtail.views import authenticate_with_password as wagtail_page_password

from habar.core.clients import client_address
from habar.news.errors import site_frame


class Failures:
    """Wrong passwords for one restriction from one address, within the current window."""

    def __init__(self, request, kind, restriction_id):
        address = hashlib.sha256(client_address(request).encode("utf-8", "replace")).hexdigest()
        prefix = f"view-password:{kind}:{restriction_id}:{address}"
        self.count_key = prefix + ":count"
        self.since_key = prefix + ":since"
        self.period = settings.HABAR_VIEW_PASSWORD_PERIOD

    def seconds_to_wait(self):
        """Seconds left until the next try is allowed; 0 while under the limit."""
        found = cache.get_many([self.count_key, self.since_key])
        if found.get(self.count_key, 0) < settings.HABAR_VIEW_PASSWORD_FAILURES:
            return 0
        since = found.get(self.since_key, time.time())
        return max(1, math.ceil(since + self.period - time.time()))

    def add(self):
        # The window starts at the first failure; add() keeps it from moving on.
        cache.add(self.since_key, time.time(), timeout=self.period)
        cache.add(self.count_key, 0, timeout=self.period)
        try:
            cache.incr(self.count_key)
        except ValueError:
            # The count expired between add() and incr(): this failure starts a new window.
            cache.set(self.count_key, 1, timeout=self.period)

    def forget(self):
        cache.delete_many([self.count_key, self.since_key])


def too_many_wrong_passwords(request, seconds):
    context = {**site_frame(request), "minutes": math.ceil(seconds / 60)}
    response = render(request, "429.html", context, status=429)
    response["Retry-After"] = str(seconds)
    add_never_cache_headers(response)
    return response


def limit_wrong_passwords(kind, restriction_argument):
    """Wrap a Wagtail password view: refuse with 429 past the limit, count wrong posts.

    Wagtail answers a right password with a redirect and a wrong one with the form again
    (200); anything else (an unknown restriction's 404) is no guess at a password.
    """

    def decorator(view):
        @wraps(view)
        def limited(request, *args, **kwargs):
            failures = Failures(request, kind, kwargs[restriction_argument])
            seconds = failures.seconds_to_wait()
            if seconds:
                return too_many_wrong_passwords(request, seconds)
            response = view(request, *args, **kwargs)
            if request.method == "POST" and response.status_code == 200:
                failures.add()
            elif request.method == "POST" and response.status_code == 302:
                failures.forget()
            return response

        return limited

    return decorator


page_password = limit_wrong_passwords("page", "page_view_restriction_id")(wagtail_page_password)
document_password = limit_wrong_passwords("collection", "restriction_id")(
    document_views.authenticate_with_password
)
