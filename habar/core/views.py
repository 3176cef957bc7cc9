from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language_from_path
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.vary import vary_on_headers
from wagtail.models import Site

from habar.core.routing import site_for_request
from habar.sites.models import SiteSettings

FAVICON_MAX_AGE = 24 * 60 * 60


@vary_on_headers("Accept-Language", "Cookie")
def language_redirect(request):
    """`/` sends a reader to the best of the site's languages, else its default one."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    site_settings = SiteSettings.for_site(site)
    return redirect(f"/{preferred_language(request, site_settings)}/")


def preferred_language(request, site_settings):
    wanted = [request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")]
    wanted += [
        code for code, _q in parse_accept_lang_header(request.META.get("HTTP_ACCEPT_LANGUAGE", ""))
    ]
    for code in wanted:
        base = code.split("-")[0].lower()
        if base in site_settings.languages:
            return base
    return site_settings.default_language


@cache_control(public=True, max_age=FAVICON_MAX_AGE)
def favicon(request):
    """/favicon.ico, which browsers ask of every site whatever its pages link: the site's
    own icon, else the platform's emblem. From the cached site settings: no query."""
    try:
        icon = SiteSettings.for_request(request).favicon_url if site_for_request(request) else ""
    except DatabaseError:
        icon = ""  # an outage costs the site its own icon, not an error
    return redirect(icon or static("img/favicon.png"))


def page_not_found(request, exception=None):
    """Not found, in the site's own frame and language where those can be told."""
    return render(request, "404.html", site_frame(request), status=404)


def site_frame(request):
    from habar.news.chrome import site_chrome

    language = get_language_from_path(request.path_info)
    try:
        site = Site.find_for_request(request)
        if site is None or language is None:
            return {}
        home = (
            site.root_page.get_translations(inclusive=True)
            .filter(locale__language_code=language)
            .live()
            .specific()
            .first()
        )
        if home is None:
            return {}
        chrome = site_chrome(request, home)
    except DatabaseError:
        # The error page must not fail in turn: without a database it shows the bare frame.
        return {}
    return {
        "home_page": home,
        "latest_news": chrome["latest_news"],
        "sections": chrome["sections"],
        "language_homes": chrome["homes"],
    }


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
