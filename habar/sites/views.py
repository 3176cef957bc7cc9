from django.conf import settings
from django.db import DatabaseError
from django.http import Http404
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.cache import cache_control
from django.views.decorators.vary import vary_on_headers

from . import routing
from .models import SiteSettings

FAVICON_MAX_AGE = 24 * 60 * 60


@vary_on_headers("Accept-Language", "Cookie")
def language_redirect(request):
    """`/` sends a reader to the best of the site's languages, else its default one."""
    site = routing.site_for_request(request)
    if site is None:
        raise Http404
    site_settings = SiteSettings.for_request(request)
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
        icon = (
            SiteSettings.for_request(request).favicon_url
            if routing.site_for_request(request)
            else ""
        )
    except DatabaseError:
        icon = ""  # an outage costs the site its own icon, not an error
    return redirect(icon or static("img/favicon.png"))
