"""Feeds, inside i18n_patterns: /<language>/feed/rss/, /<language>/<section>/feed/atom/,
/<language>/statements/feed/rss/, ..."""

from django.urls import path

from habar.core.pagecache import cache_page_per_generation

from . import feeds

app_name = "news"

cached = cache_page_per_generation(300)

urlpatterns = [
    path("feed/rss/", cached(feeds.ArticleFeed()), name="feed-rss"),
    path("feed/atom/", cached(feeds.ArticleAtomFeed()), name="feed-atom"),
    # Before the sections' feeds: "statements" is no section's slug (RESERVED_SLUGS).
    path("statements/feed/rss/", cached(feeds.StatementFeed()), name="statements-feed-rss"),
    path("statements/feed/atom/", cached(feeds.StatementAtomFeed()), name="statements-feed-atom"),
    path("<slug:section>/feed/rss/", cached(feeds.ArticleFeed()), name="section-feed-rss"),
    path("<slug:section>/feed/atom/", cached(feeds.ArticleAtomFeed()), name="section-feed-atom"),
]
