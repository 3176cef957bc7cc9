from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers


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
