"""The home page: the root of one site in one language, with its archive routes."""

from django.db import models
from django.http import Http404
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from .. import archive, registry
from ..images import with_lead_images
from .articles import ArticlePage
from .base import (
    ARTICLES_PER_PAGE,
    LATEST_NEWS_COUNT,
    SitePage,
    listing_page,
    render_most_read,
)
from .sections import ArticleIndexPage


class HomePage(RoutablePageMixin, SitePage):
    """The root of one site in one language, and the way into its whole archive."""

    intro = models.CharField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = registry.HOME_CHILD_TYPES  # sections, and the pages of other apps
    max_count_per_parent = None

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def articles(self):
        return ArticlePage.objects.descendant_of(self).for_listing()

    def build_frame(self, request):
        """What every page of this home's site and language shows around its own content,
        but for the news: its sections, homes and footer links (habar.news.chrome caches it
        per site structure)."""
        # The sections, and the listings of other apps (consular services, ...), in tree order.
        sections = (
            Page.objects.child_of(self)
            .type(ArticleIndexPage, *registry.index_types())
            .live()
            .public()
        )
        homes = self.get_translations(inclusive=True).live().select_related("locale")
        return {
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
            "footer_links": registry.footer_links(self, request),
        }

    def build_news(self, request):
        """The news every page of this home's site and language shows: the latest, and
        whether there are statements (habar.news.chrome caches it per site generation)."""
        latest = ArticlePage.objects.descendant_of(self).for_listing()[:LATEST_NEWS_COUNT]
        return {
            "has_statements": self.articles().statements().exists(),
            "latest_news": [
                {
                    "title": article.title,
                    "url": article.get_url(request),
                    "publication_date": article.publication_date,
                }
                for article in latest.only("title", "url_path", "publication_date")
            ],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = with_lead_images(self.articles())[:ARTICLES_PER_PAGE]
        return context

    def render_listing(self, request, articles, heading, **extra):
        articles = listing_page(request, articles)
        context = {"articles": articles, "heading": heading}
        return self.render(
            request, context_overrides={**context, **extra}, template="news/archive_page.html"
        )

    @path("news/", name="news")
    def all_news(self, request):
        return self.render_listing(request, self.articles(), _("All news"))

    @path("statements/", name="statements")
    def statements(self, request):
        """The site's official statements ("Information for the media"), newest first."""
        return self.render_listing(
            request, self.articles().statements(), _("Statements"), statements=True
        )

    @path("news/<int:year>/", name="year")
    def year_archive(self, request, year):
        months = archive.months_of_year(self.articles(), year)
        if not months:
            raise Http404
        return self.render(
            request,
            context_overrides={"year": year, "months": months},
            template="news/archive_year.html",
        )

    @path("news/<int:year>/<int:month>/", name="month")
    def month_archive(self, request, year, month):
        start, end = archive.month_range(year, month)
        articles = self.articles().filter(publication_date__gte=start, publication_date__lt=end)
        heading = date_format(start, "F Y")
        return self.render_listing(request, articles, heading, year=year, month=start)

    @path("tags/<slug:tag>/", name="tag")
    def tag(self, request, tag):
        articles = self.articles().filter(tags__slug=tag)
        found = Tag.objects.filter(slug=tag).first()
        if found is None:
            raise Http404
        return self.render_listing(request, articles, _("Tag: %(tag)s") % {"tag": found.name})

    @path("most-read/", name="most_read")
    def most_read(self, request):
        articles = ArticlePage.objects.descendant_of(self).live().public()
        return render_most_read(self, request, articles, _("Most read"))
