from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.vary import vary_on_headers

from . import routing
from .models import SiteSettings


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
