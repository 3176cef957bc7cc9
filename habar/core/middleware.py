import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

from .logging import log_database_outage


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a "not found" from a view outside the language prefixes stays one.

    Django answers a 404 at /x/ with a redirect to /<language>/x/ when that path resolves,
    and Wagtail's page route resolves every path: the view beacon's 404 for a draft, or
    the admin's for a deleted page, would become a redirect. Only a path that led to no
    view at all deserves the language prefix.
    """

    def process_response(self, request, response):
        if (
            response.status_code == 404
            and getattr(request, "resolver_match", None) is not None
            and translation.get_language_from_path(request.path_info) is None
        ):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class PermissionsPolicyMiddleware:
    """Tell browsers the site needs no camera, microphone, location or payment APIs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


def is_database_outage(exception):
    # OperationalError: the server is unreachable, restarting or refusing connections;
    # InterfaceError: a connection it dropped is used again.
    return isinstance(exception, (OperationalError, InterfaceError))


@receiver(got_request_exception)
def note_database_outage(sender, request=None, **kwargs):
    # Django turns an exception raised in a middleware (the page cache, sessions) into a 500
    # before any outer middleware sees it, sending this signal first: log the cause now, so
    # that Django's own traceback of it is left out (DatabaseOutageFilter).
    exception = sys.exc_info()[1]
    if request is not None and is_database_outage(exception):
        log_database_outage(request, exception)
