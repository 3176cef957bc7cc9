"""The reading path's lookups, answered from the cache so an uncached page costs few queries.

Wagtail finds a page by walking the tree one URL segment at a time (a query or two per
segment), after looking up the site, its settings and the language's locale, and checks
view restrictions on every ancestor. On a news site almost every request is a reader's
GET of an article or a section, so Habar answers those lookups here:

- the site and its settings for a host, from the cache (they change rarely; any save of a
  Site, SiteSettings or Locale moves `sites_version` and every entry is read again);
- the site's home page per language, from the cache per site generation;
- an article or section page by its URL path in one query, handed to Wagtail through the
  request attribute its own `Page.route_for_request` reads; anything else (routable sub
  pages, 404s) goes through Wagtail's own routing;
- the list of restricted (private) sections, from the cache, so public pages skip the
  per-request restriction queries.
"""

import hashlib

from django.core.cache import cache
from django.http import Http404
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from habar.core.pagecache import now_and_after_commit, site_generation

SITES_VERSION_KEY = "routing:sites-version"
RESTRICTIONS_KEY = "routing:restricted-paths"
TIMEOUT = 24 * 60 * 60


def sites_changed():
    """Forget cached sites, settings and homes (a Site, SiteSettings or Locale changed)."""
    now_and_after_commit(lambda: cache.delete(SITES_VERSION_KEY))


def restrictions_changed():
    now_and_after_commit(lambda: cache.delete(RESTRICTIONS_KEY))


def _sites_version():
    version = cache.get(SITES_VERSION_KEY)
    if version is None:
        import time

        version = time.time_ns()
        cache.add(SITES_VERSION_KEY, version, timeout=None)
        version = cache.get(SITES_VERSION_KEY, version)
    return version


def site_for_request(request):
    """Wagtail's Site for the request (cached on it as Wagtail does), read from the cache."""
    from habar.sites.models import SiteSettings

    if hasattr(request, SiteSettings.get_cache_attr_name()):
        return request._wagtail_site
    raw_host = request._get_raw_host()
    host = hashlib.sha256(f"{raw_host}|{request.get_port()}".encode("utf-8", "replace"))
    key = f"routing:site:{_sites_version()}:{host.hexdigest()}"
    bundle = cache.get(key)
    if bundle is None:
        site = Site._find_for_request(request)
        site_settings = SiteSettings.for_site(site) if site is not None else None
        if site_settings is not None:
            site_settings.favicon_url  # noqa: B018 (computed now, cached with the settings)
        bundle = (site, site_settings)
        cache.set(key, bundle, timeout=TIMEOUT)
    site, site_settings = bundle
    request._wagtail_site = site
    if site_settings is not None:
        site_settings._request = request
        setattr(request, SiteSettings.get_cache_attr_name(), site_settings)
    return site


def site_homes(site, request=None):
    """{language code: the site's live home page in that language}, cached per generation."""
    generation = site_generation(site.pk, request)
    key = f"routing:homes:{site.pk}:{_sites_version()}:{generation}"
    homes = cache.get(key)
    if homes is None:
        root = site.root_page
        homes = {
            page.locale.language_code: page
            for page in Page.objects.filter(translation_key=root.translation_key)
            .select_related("locale")
            .specific()
        }
        cache.set(key, homes, timeout=TIMEOUT)
    return homes


def restricted_paths():
    """Tree paths of every page with a view restriction (private sections), cached."""
    paths = cache.get(RESTRICTIONS_KEY)
    if paths is None:
        paths = sorted(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())
        cache.set(RESTRICTIONS_KEY, paths, timeout=TIMEOUT)
    return paths


def is_restricted(page):
    return any(page.path.startswith(path) for path in restricted_paths())


def route(request, path):
    """Set Wagtail's route for a reader's request to an article or section, in one query.

    Returns nothing: when the page is not an article or section at that path, Wagtail
    routes the request itself as usual.
    """
    from habar.news.models import RESERVED_SLUGS, ArticleIndexPage, ArticlePage

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
    page = (
        # By slug first: Wagtail indexes it, not url_path (a scan at 100,000 pages).
        model.objects.filter(slug=components[-1], url_path=url_path, live=True)
        .select_related("locale")
        .first()
    )
    if page is None:
        return
    try:
        request._wagtail_route_for_request = page.route(request, [])
    except Http404:
        request._wagtail_route_for_request = None
