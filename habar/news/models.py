from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from .blocks import ArticleBodyBlock

LATEST_NEWS_COUNT = 10
ARTICLES_PER_PAGE = 20


def paginate(request, queryset, per_page):
    """A page of `queryset` for `?page=N`; anything but a page that exists is a 404."""
    number = request.GET.get("page", "1")
    paginator = Paginator(queryset, per_page)
    try:
        # Plain ASCII digits only: isdigit() alone admits "²", which int() refuses, and
        # the paginator's own int() turns a number too long to convert into a 404.
        if not (number.isascii() and number.isdigit()):
            raise PageNotAnInteger(number)
        return paginator.page(number)
    except (PageNotAnInteger, EmptyPage) as exc:
        raise Http404(_("No such page of results.")) from exc


class ArticlePageQuerySet(PageQuerySet):
    def newest_first(self):
        return self.order_by("-publication_date", "-pk")

    def for_listing(self):
        """What a list of articles needs, and nothing heavier."""
        return self.live().public().defer_streamfields().newest_first()


class SitePage(Page):
    """Behaviour shared by every public page of a site: breadcrumbs and latest news."""

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        crumbs = list(self.get_ancestors().filter(depth__gte=2).specific(defer=True))
        home = crumbs[0] if crumbs else self
        context["breadcrumbs"] = crumbs
        context["home_page"] = home
        context["latest_news"] = ArticlePage.objects.descendant_of(home).for_listing()[
            :LATEST_NEWS_COUNT
        ]
        return context


class HomePage(SitePage):
    """The root of one site in one language."""

    intro = models.CharField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.ArticleIndexPage"]
    max_count_per_parent = None

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = ArticleIndexPage.objects.child_of(self).live().public()
        context["articles"] = ArticlePage.objects.descendant_of(self).for_listing()[
            :ARTICLES_PER_PAGE
        ]
        return context


class ArticleIndexPage(SitePage):
    """A section of the site (Politics, Economy, ...): its articles, newest first."""

    intro = models.CharField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["news.HomePage"]
    subpage_types = ["news.ArticlePage"]

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def articles(self):
        return ArticlePage.objects.child_of(self).for_listing()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, self.articles(), ARTICLES_PER_PAGE)
        return context


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(SitePage):
    publication_date = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Shown on the article; set to the first publication time when left empty."),
    )
    summary = models.TextField(_("summary"), blank=True)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_alt = models.CharField(_("lead image alternative text"), max_length=255, blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("tags"))
    corrections = models.TextField(
        _("corrections note"),
        blank=True,
        help_text=_("Shown under the article when the text was corrected after publication."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("publication_date"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_alt")], heading=_("Lead image")
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
        FieldPanel("corrections"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ]

    parent_page_types = ["news.ArticleIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(ArticlePageQuerySet)()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [models.Index(fields=["-publication_date"], name="news_article_pubdate_desc")]

    def save(self, *args, **kwargs):
        if self.live and self.publication_date is None:
            self.publication_date = self.first_published_at or timezone.now()
        return super().save(*args, **kwargs)

    @property
    def section(self):
        return self.get_parent().specific_deferred

    def get_context(self, request, *args, **kwargs):
        from habar.stats.models import PageViewTotal

        context = super().get_context(request, *args, **kwargs)
        context["view_count"] = PageViewTotal.count_for(self.pk)
        context["count_views"] = not getattr(request, "is_preview", False)
        return context
