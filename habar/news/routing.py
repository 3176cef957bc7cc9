"""A reader's article or section found in one query (Wagtail walks the tree a segment at a time),
and kept until the site changes.

The page found is handed to Wagtail through the request attribute its own
`Page.route_for_request` reads; anything else (routable sub pages, 404s) goes through
Wagtail's own routing.
"""

import hashlib

from django.http import Http404
from django.utils import translation
from wagtail.views import serve as wagtail_serve

from habar.sites.routing import site_for_request, site_homes

from .chrome import site_cached
from .models import RESERVED_SLUGS, ArticleIndexPage, ArticlePage


class ReaderRouteMiddleware:
    """Route readers' GETs of Wagtail pages through route() below."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_serve and request.method in ("GET", "HEAD"):
            # Wagtail's URL pattern passes the page path positionally.
            route(request, view_args[0] if view_args else view_kwargs.get("path", ""))


def route(request, path):
    """Set Wagtail's route for a reader's request to an article or section, in one query.

    Returns nothing: when the page is not an article or section at that path, Wagtail
    routes the request itself as usual.
    """
    if hasattr(request, "_wagtail_route_for_request"):
        return
    site = site_for_request(request)
    if site is None:
        return
    home = site_homes(site, request).get(translation.get_language())
    if home is None:
        return
    components = [component for component in path.split("/") if component]
    if not components or components[0] in RESERVED_SLUGS:
        # The home page itself, or one of its own routes (archive, tags, most read).
        try:
            request._wagtail_route_for_request = home.route(request, components)
        except Http404:
            request._wagtail_route_for_request = None
        return
    model = {1: ArticleIndexPage, 2: ArticlePage}.get(len(components))
    if model is None:
        return
    url_path = home.url_path + "/".join(components) + "/"
    # The page as found at this path until anything changes on the site: a query costs
    # more to build than the cached page does to load.
    page = site_cached(
        request,
        "route:" + hashlib.sha256(url_path.encode("utf-8", "surrogatepass")).hexdigest(),
        lambda: (
            # By slug first: Wagtail indexes it, not url_path (a scan at 100,000 pages).
            model.objects.filter(slug=components[-1], url_path=url_path, live=True)
            .select_related("locale")
            .first()
        ),
    )
    if page is None:
        return
    try:
        request._wagtail_route_for_request = page.route(request, [])
    except Http404:
        request._wagtail_route_for_request = None
