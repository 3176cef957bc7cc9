"""Health checks and the error pages that need nothing but a template."""

import posixpath

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language_from_path
from django.views.decorators.cache import never_cache
from django.views.static import serve


def server_error(request):
    return render(request, "500.html", status=500)


@never_cache
def healthz(request):
    """The process is up: for a load balancer's liveness check."""
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    """The process can serve: its database and cache answer. 503 otherwise."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except DatabaseError:
        checks["database"] = "unavailable"
    try:
        cache.set("habar:readyz", 1, timeout=10)
        checks["cache"] = "ok" if cache.get("habar:readyz") == 1 else "unavailable"
    except Exception:  # noqa: BLE001 -- any cache client error means "not ready"
        checks["cache"] = "unavailable"
    ready = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", **checks}, status=200 if ready else 503
    )


RETRY_AFTER_SECONDS = 30


def service_unavailable(request, site_name=""):
    """503 while the database is unreachable: a page that needs no query to render.

    Rendered without the request's context processors, which read the site's settings
    and the reader's session from the database.
    """
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        content = render_to_string(
            "503.html", {"site_name": site_name or settings.WAGTAIL_SITE_NAME}
        )
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


# Wagtail's document view checks a document's collection privacy and sends it as a
# download; the media route never serves that folder, however its path is spelt.
DOCUMENTS_FOLDER = "documents"


def media(request, path):
    """Uploaded media in the embedded default (production serves MEDIA_ROOT from nginx/S3)."""
    # The path as the file system will read it: `//documents/x`, `a/../documents/x` and
    # `./documents/x` all name documents/x.
    normalized = posixpath.normpath("/" + path).lstrip("/")
    if normalized.split("/", 1)[0] in (DOCUMENTS_FOLDER, "..", ""):
        raise Http404
    return serve(request, normalized, document_root=settings.MEDIA_ROOT)
