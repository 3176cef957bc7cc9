"""HTTP around the API's views: read-only methods, validators and caching headers."""

from functools import wraps

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import conditional_page

ALLOWED_METHODS = "GET, HEAD, OPTIONS"
JSON = "application/json; charset=utf-8"


def json_error(status, detail):
    return JsonResponse(
        {"detail": str(detail), "errors": []},
        status=status,
        content_type=JSON,
    )


def index(request):
    """Where to start: the schema, its documentation and the site's languages."""
    links = {
        name: request.build_absolute_uri(reverse(f"habar_api:{view}"))
        for name, view in [
            ("openapi", "openapi-json"),
            ("docs", "openapi-view"),
            ("site", "site"),
            ("sites", "sites"),
        ]
    }
    return JsonResponse(links, content_type=JSON)


def not_found(request):
    return json_error(404, _("Not found."))


def public(view):
    """A 200 may be kept by shared caches for HABAR_API_MAX_AGE seconds.

    Validation is Django's own (ConditionalGetMiddleware as a decorator): each answer gets
    an ETag of its body, and an If-None-Match naming it gets a 304.
    """

    @conditional_page
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=settings.HABAR_API_MAX_AGE)
        return response

    return wrapper


def messages_language(request, kwargs):
    """Messages in the language the URL asks for when Habar speaks it (Turkmen, Russian,
    English), else as LocaleMiddleware chose from Accept-Language."""
    language = kwargs.get("language")
    if language in settings.PRIMARY_LANGUAGES:
        return language
    return translation.get_language()


def read_only(view):
    """GET and HEAD only: anything that would change something answers 405 (in JSON)."""

    cached_view = public(view)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            # CORS preflights are answered by django-cors-headers before they get here.
            response = HttpResponse(status=204)
        elif request.method not in ("GET", "HEAD"):
            response = json_error(405, _("This API only reads: use GET."))
        else:
            method = request.method
            # django-ninja routes GET only; HEAD is the same answer, its body dropped by
            # the server.
            request.method = "GET"
            try:
                with translation.override(messages_language(request, kwargs)):
                    response = cached_view(request, *args, **kwargs)
            finally:
                request.method = method
            return response
        response["Allow"] = ALLOWED_METHODS
        return response

    wrapper.csrf_exempt = True
    return wrapper
