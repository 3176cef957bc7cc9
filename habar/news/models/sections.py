"""Sections: an article listing per topic (Politics, Economy, ...) in one language."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from .articles import ArticlePage
from .base import (
    ARTICLES_PER_PAGE,
    RESERVED_SLUGS,
    SitePage,
    listing_page,
    render_most_read,
)


class ArticleIndexPage(RoutablePageMixin, SitePage):
    """A section of the site (Politics, Economy, ...): its articles, newest first."""

    intro = models.CharField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["news.HomePage"]
    subpage_types = ["news.ArticlePage"]

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is reserved for the site's archive.")})

    def articles(self):
        return ArticlePage.objects.child_of(self).for_listing()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = listing_page(request, self.articles(), ARTICLES_PER_PAGE)
        return context

    @path("most-read/", name="most_read")
    def most_read(self, request):
        articles = ArticlePage.objects.child_of(self).live().public()
        heading = _("Most read: %(section)s") % {"section": self.title}
        return render_most_read(self, request, articles, heading)
