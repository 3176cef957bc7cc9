"""RSS 2.0 and Atom 1.0 feeds: a site's newest articles in one language, whole, by section,
or its official statements alone.

The language is the URL's (/en/feed/rss/); SiteLanguageMiddleware has already answered 404
for one the site does not publish.
"""

import mimetypes
from dataclasses import dataclass
from urllib.parse import urljoin

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from habar.sites.models import SiteSettings
from habar.sites.routing import published_homes, site_for_request

from .models import ArticleIndexPage, ArticlePage, HomePage

FEED_LENGTH = 30
# The article page's own lead image size: the feed reuses the file the page made.
ENCLOSURE_FILTER = "width-1200"


@dataclass
class Channel:
    """What one feed is of: a site's home in one language, one section of it, or its
    statements."""

    site_name: str
    home: HomePage
    section: ArticleIndexPage | None = None
    statements: bool = False

    @property
    def page(self):
        return self.section or self.home

    def articles(self):
        found = ArticlePage.objects.descendant_of(self.page)
        if self.statements:
            found = found.statements()
        articles = list(
            found.for_listing().prefetch_related(
                "tags",
                "changes",
                Prefetch(
                    "lead_image",
                    queryset=get_image_model().objects.prefetch_renditions(ENCLOSURE_FILTER),
                ),
            )[:FEED_LENGTH]
        )
        sections = {
            section.path: section
            for section in ArticleIndexPage.objects.child_of(self.home).only("path", "title")
        }
        for article in articles:
            # Feed hands item_* methods the item alone: it carries what only the channel knows.
            article.feed_section = sections.get(article.path[: -ArticlePage.steplen])
            article.feed_author = self.site_name
        return articles


class ArticleFeed(Feed):
    """RSS 2.0. The self link is Feed's default: the address this feed was asked for."""

    feed_type = Rss201rev2Feed
    # The guid is Feed's default, the link: the article's full address, meant to last.
    item_guid_is_permalink = True

    def get_object(self, request, section=None):
        site = site_for_request(request)
        home = published_homes(site, request).get(get_language()) if site else None
        if home is None:
            raise Http404
        site_settings = SiteSettings.for_request(request)
        channel = Channel(site_name=site_settings.name or site.site_name, home=home)
        if section is not None:
            # An unknown slug raises DoesNotExist, which Feed answers with a 404.
            channel.section = (
                ArticleIndexPage.objects.child_of(home).live().public().get(slug=section)
            )
        return channel

    def title(self, channel):
        if channel.section is None:
            return channel.home.title
        return _("%(site)s — %(section)s") % {
            "site": channel.home.title,
            "section": channel.section.title,
        }

    def link(self, channel):
        return channel.page.get_full_url()

    def description(self, channel):
        return channel.site_name

    def items(self, channel):
        return channel.articles()

    def item_title(self, article):
        # Plain text, which the feed generator escapes. Feed's default escapes it once more
        # (Django takes titles for HTML), and readers then showed "&lt;" for "<".
        return article.title

    def item_description(self, article):
        return article.summary

    def item_link(self, article):
        return article.get_full_url()

    def item_pubdate(self, article):
        return article.publication_date

    def item_updateddate(self, article):
        # The last update or correction: a minor edit is no news to a feed reader.
        return article.date_modified()

    def item_author_name(self, article):
        return article.feed_author

    def item_categories(self, article):
        section = [article.feed_section.title] if article.feed_section else []
        return section + [tag.name for tag in article.tags.all()]

    def item_enclosures(self, article):
        if article.lead_image is None:
            return []
        rendition = article.lead_image.get_rendition(ENCLOSURE_FILTER)
        try:
            length = rendition.file.size
        except OSError:
            # A rendition whose file went missing from storage costs its enclosure, not
            # the whole feed.
            return []
        return [
            Enclosure(
                # Storage URLs are often paths: the article's address supplies the host.
                url=urljoin(article.get_full_url(), rendition.url),
                length=str(length),
                mime_type=mimetypes.guess_type(rendition.file.name)[0]
                or "application/octet-stream",
            )
        ]


class ArticleAtomFeed(ArticleFeed):
    """Atom 1.0: the same entries; Atom calls the description a subtitle."""

    feed_type = Atom1Feed

    def subtitle(self, channel):
        return channel.site_name


class StatementsFeedMixin:
    """The site's official statements alone, linked to their list."""

    def get_object(self, request):
        channel = super().get_object(request)
        channel.statements = True
        return channel

    def title(self, channel):
        return _("%(site)s — %(section)s") % {
            "site": channel.home.title,
            "section": _("Statements"),
        }

    def link(self, channel):
        return channel.home.get_full_url() + channel.home.reverse_subpage("statements")


class StatementFeed(StatementsFeedMixin, ArticleFeed):
    pass


class StatementAtomFeed(StatementsFeedMixin, ArticleAtomFeed):
    pass
