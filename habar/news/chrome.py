"""What every page of a site shows around its own content: the urgent notices, the
sections, the latest news and the site's homes in each language. Rendered into every page,
so it is read from the cache, per home page (a site in one language) and the site's
page-cache generation: a publish anywhere on the site, and a notice posted, withdrawn,
starting or expiring (habar.notices), moves the generation and the next page builds it again.

Parts of pages are kept the same way once rendered ({% fragment %}, keyed by
fragment_version): the latest news, the footer, the lists of articles, an article's heading,
text and metadata. A page rendered again (a miss of the page cache, a signed-in editor)
renders only its own live parts (the view count, the language links) around them.
"""

from django.core.cache import caches

from habar.core.pagecache import site_generation
from habar.core.pagecache.entries import canonical_query
from habar.notices.models import shown_notices
from habar.sites.routing import site_for_request

CHROME_TIMEOUT = 24 * 60 * 60


def site_chrome(request, home):
    """The home's chrome (HomePage.build_chrome) and the site's active notices in the home's
    language, cached per home and site generation."""
    site = site_for_request(request)

    def build():
        notices = shown_notices(site.pk, home.locale.language_code) if site else []
        return {**home.build_chrome(request), "notices": notices}

    return site_cached(request, f"chrome:{home.pk}", build)


def chrome_context(request, home):
    """The template context every page of a site shows around its own content."""
    chrome = site_chrome(request, home)
    return {
        "home_page": home,
        "notices": chrome.get("notices", []),
        "latest_news": chrome["latest_news"],
        "sections": chrome["sections"],
        "language_homes": chrome["homes"],
        # .get: a chrome cached by an earlier release has none of these.
        "footer_links": chrome.get("footer_links", []),
        "has_statements": chrome.get("has_statements", False),
        "fragment_version": fragment_version(request, home),
    }


def fragment_version(request, home):
    """What the parts of pages cached with {% fragment %} are keyed by: the home (a site in
    one language) and the site's generation, so a change readers see renders them anew."""
    site = site_for_request(request)
    if site is None:
        return ""
    return f"{home.pk}:{site.pk}:{site_generation(site.pk, request)}"


def page_version(request, home):
    """What the top of a page of the tree (its head, its notices and header: the "page-head"
    and "page-header" fragments in base.html) is kept by: the parts' version and the page's
    address as the page cache keys it (scheme, host, path, the query parameters pages read).
    Only pages of the tree have one: the search's and the forms' tops show what a reader
    typed."""
    version = fragment_version(request, home)
    query = canonical_query(request.META.get("QUERY_STRING", ""))
    if not version or query is None:
        return ""
    return f"{version}|{request.scheme}://{request.get_host()}{request.path}?{query}"


def site_cached(request, key, build):
    """`build()`, cached per site and site generation (None, "not found", is not kept)."""
    site = site_for_request(request)
    value_key = f"{key}:{site.pk if site else 0}:{site_generation(site.pk, request) if site else 0}"
    parts = caches["parts"]
    value = parts.get(value_key)
    if value is None:
        value = build()
        if value is not None:
            parts.set(value_key, value, timeout=CHROME_TIMEOUT)
    return value


def page_cached(request, page, name, build):
    """`build()` for this page, cached per site generation like the chrome.

    For what a page shows of its surroundings (breadcrumbs, translations, related articles,
    tags): content only a publish on the site can change.
    """
    if getattr(request, "is_preview", False) or page.pk is None:
        return build()  # a draft shows its own, unpublished surroundings
    return site_cached(request, f"page:{name}:{page.pk}", build)
