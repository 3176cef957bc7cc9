"""Not found, in the site's own frame and language where those can be told."""

from django.db import DatabaseError
from django.shortcuts import render
from django.utils.translation import get_language_from_path

from habar.sites.routing import site_for_request, site_homes

from .chrome import chrome_context


def page_not_found(request, exception=None):
    return render(request, "404.html", site_frame(request), status=404)


def site_frame(request):
    language = get_language_from_path(request.path_info)
    try:
        site = site_for_request(request)
        if site is None or language is None:
            return {}
        home = site_homes(site, request).get(language)
        if home is None or not home.live:
            return {}
        return chrome_context(request, home)
    except DatabaseError:
        # The error page must not fail in turn: without a database it shows the bare frame.
        return {}
