"""What every page of a site shows around its own content: the sections, the latest news
and the site's homes in each language. Rendered into every page, so it is read from the
cache, per home page (a site in one language) and the site's page-cache generation: a
publish anywhere on the site moves the generation and the next page builds it again.
"""

from django.core.cache import cache
from wagtail.models import Site

from habar.core.pagecache import site_generation

CHROME_TIMEOUT = 24 * 60 * 60


def site_chrome(request, home):
    from .models import LATEST_NEWS_COUNT, ArticleIndexPage, ArticlePage

    site = Site.find_for_request(request)
    generation = site_generation(site.pk, request) if site else 0
    key = f"chrome:{home.pk}:{generation}"
    chrome = cache.get(key)
    if chrome is None:
        latest = ArticlePage.objects.descendant_of(home).for_listing()[:LATEST_NEWS_COUNT]
        sections = ArticleIndexPage.objects.child_of(home).live().public()
        homes = home.get_translations(inclusive=True).live().select_related("locale")
        chrome = {
            "latest_news": [
                {
                    "title": article.title,
                    "url": article.get_url(request),
                    "publication_date": article.publication_date,
                }
                for article in latest.only("title", "url_path", "publication_date")
            ],
            "sections": [
                {"pk": section.pk, "title": section.title, "url": section.get_url(request)}
                for section in sections.only("title", "url_path")
            ],
            "homes": {
                other.locale.language_code: {
                    "url": other.get_url(request),
                    "full_url": other.get_full_url(request),
                }
                for other in homes
            },
        }
        cache.set(key, chrome, timeout=CHROME_TIMEOUT)
    return chrome


def page_cached(request, page, name, build):
    """`build()` for this page, cached per site generation like the chrome.

    For what a page shows of its surroundings (breadcrumbs, translations, related articles,
    tags): content only a publish on the site can change.
    """
    if getattr(request, "is_preview", False) or page.pk is None:
        return build()  # a draft shows its own, unpublished surroundings
    site = Site.find_for_request(request)
    generation = site_generation(site.pk, request) if site else 0
    key = f"page:{name}:{site.pk if site else 0}:{page.pk}:{generation}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout=CHROME_TIMEOUT)
    return value
