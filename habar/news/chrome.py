"""What every page of a site shows around its own content: the urgent notices, the
sections, the latest news and the site's homes in each language. Rendered into every page,
so it is read from the cache, per home page (a site in one language) and the site's
versions (habar.core.pagecache.generations): the latest news per generation, which every
publish moves; the rest per structure, which a news item's publish leaves as it was.

Parts of pages are kept the same way once rendered ({% fragment %}): what lists news (the
latest news, the lists of articles, related articles) by fragment_version; the footer, the
top of each page and an article's heading, text and metadata by structure_version (with the
page's own publish where it shows the page). A page rendered again (a miss of the page
cache, a signed-in editor) renders only its own live parts (the view count) around them, and
after a news item's publish only the news.
"""

from django.core.cache import caches

from habar.core.pagecache import site_generation, site_structure
from habar.core.pagecache.entries import canonical_query
from habar.notices.models import shown_notices
from habar.sites.routing import site_for_request

CHROME_TIMEOUT = 24 * 60 * 60


def site_chrome(request, home):
    """The home's chrome: its frame (HomePage.build_frame) and the site's active notices in
    the home's language, cached per structure; its news (HomePage.build_news), per
    generation."""
    site = site_for_request(request)

    def build_frame():
        notices = shown_notices(site.pk, home.locale.language_code) if site else []
        return {**home.build_frame(request), "notices": notices}

    frame = structure_cached(request, f"chrome:{home.pk}", build_frame)
    news = site_cached(request, f"chrome-news:{home.pk}", lambda: home.build_news(request))
    return {**frame, **news}


def chrome_context(request, home):
    """The template context every page of a site shows around its own content."""
    chrome = site_chrome(request, home)
    return {
        "home_page": home,
        "notices": chrome["notices"],
        "latest_news": chrome["latest_news"],
        "sections": chrome["sections"],
        "language_homes": chrome["homes"],
        "footer_links": chrome["footer_links"],
        "has_statements": chrome["has_statements"],
        "fragment_version": fragment_version(request, home),
        "structure_version": structure_version(request, home),
    }


def fragment_version(request, home):
    """What the parts of pages that list news are keyed by ({% fragment %}): the home (a
    site in one language) and the site's generation, which every publish moves."""
    return _home_version(request, home, site_generation)


def structure_version(request, home):
    """What the other parts of pages are keyed by: the home and the site's structure, which
    a news item's publish leaves as it was (parts showing a page add the page's publish)."""
    return _home_version(request, home, site_structure)


def _home_version(request, home, version):
    site = site_for_request(request)
    return f"{home.pk}:{site.pk}:{version(site.pk, request)}" if site else ""


def page_translations(request, page):
    """{language code: pk, url, full_url} of the page's live translations, itself included,
    cached per generation (publishing a translation is a news item's publish)."""
    return page_cached(
        request,
        page,
        "translations",
        lambda: {
            p.locale.language_code: {
                "pk": p.pk,
                "url": p.get_url(request=request),
                "full_url": p.get_full_url(request=request),
            }
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        },
    )


def page_version(request, home, page):
    """What the top of a page of the tree (its head, its notices and header: the "page-head"
    and "page-header" fragments in base.html) is kept by: the site's structure, the page's
    own publish, its translations (the language links) and its address as the page cache
    keys it (scheme, host, path, the query parameters pages read). Only pages of the tree
    have one: the search's and the forms' tops show what a reader typed."""
    version = structure_version(request, home)
    query = canonical_query(request.META.get("QUERY_STRING", ""))
    if not version or query is None or page.pk is None:
        return ""
    translations = ",".join(
        f"{code}={t['pk']}" for code, t in sorted(page_translations(request, page).items())
    )
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    return f"{version}|{page.pk}:{last_publish(page)}|{translations}|{address}"


def last_publish(page):
    """The page's last publish, as the keys of the parts that show the page name it."""
    return page.last_published_at.timestamp() if page.last_published_at else ""


def site_cached(request, key, build):
    """`build()`, cached per site and site generation (None, "not found", is not kept)."""
    return _cached(request, key, build, site_generation)


def structure_cached(request, key, build):
    """`build()`, cached per site and site structure (None, "not found", is not kept)."""
    return _cached(request, key, build, site_structure)


def _cached(request, key, build, version):
    site = site_for_request(request)
    value_key = f"{key}:{site.pk if site else 0}:{version(site.pk, request) if site else 0}"
    parts = caches["parts"]
    value = parts.get(value_key)
    if value is None:
        value = build()
        if value is not None:
            parts.set(value_key, value, timeout=CHROME_TIMEOUT)
    return value


def page_cached(request, page, name, build, structure=False):
    """`build()` for this page, cached per site generation like the chrome's news, or with
    `structure` per the site's structure (what only its sections and homes change).

    For what a page shows of its surroundings (breadcrumbs, translations, related articles,
    tags): content only a publish on the site can change.
    """
    if getattr(request, "is_preview", False) or page.pk is None:
        return build()  # a draft shows its own, unpublished surroundings
    cached = structure_cached if structure else site_cached
    return cached(request, f"page:{name}:{page.pk}", build)
