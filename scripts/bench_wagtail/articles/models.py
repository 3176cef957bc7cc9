"""The baseline's page types: what a Wagtail site made by `wagtail start` would add for news."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import F
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

PER_PAGE = 20


def paginate(request, queryset):
    return Paginator(queryset, PER_PAGE).get_page(request.GET.get("page"))


class SectionPage(Page):
    """A section: its articles, newest first, 20 a page."""

    subpage_types = ["articles.ArticlePage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.child_of(self).live().order_by("-date", "-pk")
        context["articles"] = paginate(request, articles)
        return context


class NewsIndexPage(Page):
    """All news: every article of the site, newest first, 20 a page."""

    subpage_types = []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.live().order_by("-date", "-pk")
        context["articles"] = paginate(request, articles)
        return context


class ArticlePage(Page):
    date = models.DateTimeField("publication date")
    body = RichTextField(blank=True)
    views = models.PositiveIntegerField(default=0, editable=False)

    content_panels = [*Page.content_panels, FieldPanel("date"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["articles.SectionPage"]

    def serve(self, request, *args, **kwargs):
        ArticlePage.objects.filter(pk=self.pk).update(views=F("views") + 1)
        self.refresh_from_db(fields=["views"])
        return super().serve(request, *args, **kwargs)
