"""The reading path's lookups, answered from the cache so an uncached page costs few queries.

Wagtail finds a page by walking the tree one URL segment at a time (a query or two per
segment), after looking up the site, its settings and the language's locale, and checks
view restrictions on every ancestor. On a news site almost every request is a reader's
GET of an article or a section, so Habar answers those lookups here:

- the site and its settings for a host, from the cache (they change rarely; any save of a
  Site, SiteSettings or Locale moves `sites_version` and every entry is read again);
- the site's home page per language, from the cache per site structure;
- the list of restricted (private) sections, from the cache, so public pages skip the
  per-request restriction queries.
"""

import hashlib
import time

from django.core.cache import cache, caches
from wagtail.models import Page, PageViewRestriction, Site

from habar.core.pagecache import once_committed, site_structure

from .models import SiteSettings

SITES_VERSION_KEY = "routing:sites-version"
RESTRICTIONS_KEY = "routing:restricted-paths"
TIMEOUT = 24 * 60 * 60


def sites_changed():
    """Forget cached sites, settings and homes (a Site, SiteSettings or Locale changed)."""
    once_committed(lambda: cache.delete(SITES_VERSION_KEY))


def restrictions_changed():
    once_committed(lambda: cache.delete(RESTRICTIONS_KEY))


def _sites_version(request=None):
    # Read once per request: the site and its homes are both keyed by it.
    if request is not None and "_habar_sites_version" in request.__dict__:
        return request._habar_sites_version
    version = cache.get_or_set(SITES_VERSION_KEY, time.time_ns, timeout=None)
    if request is not None:
        request._habar_sites_version = version
    return version


def site_for_request(request):
    """Wagtail's Site for the request (cached on it as Wagtail does), read from the cache."""
    if hasattr(request, SiteSettings.get_cache_attr_name()):
        return request._wagtail_site
    raw_host = request._get_raw_host()
    host = hashlib.sha256(f"{raw_host}|{request.get_port()}".encode("utf-8", "replace"))
    key = f"routing:site:{_sites_version(request)}:{host.hexdigest()}"
    bundle = caches["parts"].get(key)
    if bundle is None:
        site = Site.find_for_request(request)
        site_settings = SiteSettings.for_site(site) if site is not None else None
        if site_settings is not None:
            site_settings.favicon_url  # noqa: B018 (computed now, cached with the settings)
        bundle = (site, site_settings)
        caches["parts"].set(key, bundle, timeout=TIMEOUT)
    site, site_settings = bundle
    request._wagtail_site = site
    if site_settings is not None:
        site_settings._request = request
        setattr(request, SiteSettings.get_cache_attr_name(), site_settings)
    return site


def site_id_for_request(request):
    """The id of the request's site (0 for none): what the page cache keys sites by."""
    site = site_for_request(request)
    return site.pk if site else 0


def site_homes(site, request=None):
    """{language code: the site's live home page in that language}, cached per structure
    (a news item's publish leaves the homes as they were)."""
    structure = site_structure(site.pk, request)
    key = f"routing:homes:{site.pk}:{_sites_version(request)}:{structure}"
    homes = caches["parts"].get(key)
    if homes is None:
        root = site.root_page
        homes = {
            page.locale.language_code: page
            for page in Page.objects.filter(translation_key=root.translation_key)
            .select_related("locale")
            .specific()
        }
        caches["parts"].set(key, homes, timeout=TIMEOUT)
    return homes


def published_homes(site, request=None):
    """The site's live home page in each language it publishes, keyed by language code."""
    languages = SiteSettings.for_site(site).languages
    return {
        code: home
        for code, home in site_homes(site, request).items()
        if home.live and code in languages
    }


def restricted_paths():
    """Tree paths of every page with a view restriction (private sections), cached."""
    paths = cache.get(RESTRICTIONS_KEY)
    if paths is None:
        paths = sorted(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())
        cache.set(RESTRICTIONS_KEY, paths, timeout=TIMEOUT)
    return paths


def is_restricted(page):
    return any(page.path.startswith(path) for path in restricted_paths())
