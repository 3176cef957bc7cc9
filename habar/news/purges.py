"""Purge nginx/Varnish, Cloudflare or CloudFront when a page is published or unpublished.

The backends are Wagtail's (wagtail.contrib.frontend_cache), configured from the
environment in settings (WAGTAILFRONTENDCACHE). Wagtail's own signal handlers would purge
the page alone; a Habar page also shows in its section, on the site's home pages, in the
all-news list, the feeds and the sitemaps, so those are purged in the same batch. Every
other page of the site carries the latest-news list too: those expire by their short
max-age (HABAR_PAGE_CACHE_MAX_AGE) rather than by a purge of the whole site.
"""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch

from habar.sites.routing import published_homes

from .models import ArticleIndexPage
from .registry import index_types


def urls_to_purge(page):
    """The full URLs that show `page` or list it, on its own site."""
    site = page.get_site()
    if site is None:
        return set()
    urls = set()
    translations = page.get_translations(inclusive=False).live().specific()
    for each in [page.specific, *translations]:
        url = each.get_full_url()
        if url:
            urls.add(url)
        parent = each.get_parent()
        listing = parent.specific if parent is not None else None
        # The section, or another app's listing (consular services, ...), that lists it.
        if isinstance(listing, (ArticleIndexPage, *index_types())):
            section_url = parent.get_full_url()
            if section_url:
                urls.add(section_url)
                if isinstance(listing, ArticleIndexPage):
                    urls.update({section_url + "feed/rss/", section_url + "feed/atom/"})
    root = site.root_url
    urls.add(root + reverse("habar-sitemap"))
    for language, home in published_homes(site).items():
        home_url = home.get_full_url()
        if home_url:
            urls.update({home_url, home_url + "news/"})
        with translation.override(language):
            urls.add(root + reverse("news:feed-rss"))
            urls.add(root + reverse("news:feed-atom"))
        urls.add(root + reverse("habar-sitemap-language", args=[language]))
    return urls


def purge_page(page):
    """Queue the purge of everything that shows `page`, once the transaction commits."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    # After the commit: a cache that refetched before it would store the old version again.
    transaction.on_commit(lambda: PurgeBatch(urls_to_purge(page)).purge())
