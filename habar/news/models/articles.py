"""Articles: the news itself, with tags, related articles and the view count."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.templatetags.static import static
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from habar.stats.models import shown_views

from ..article_form import ArticleForm
from ..blocks import ArticleBodyBlock
from ..chrome import page_cached
from ..copies import SyndicatedPage
from .base import (
    RELATED_COUNT,
    RESERVED_ARTICLE_SLUGS,
    ArticlePageQuerySet,
    SitePage,
    breadcrumb_list,
)
from .changes import ArticleChange, published_changes, stamp_pending_changes


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticleRelatedLink(Orderable):
    article = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="related_links"
    )
    related = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("related article"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("related")]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")


class ArticleKind(models.TextChoices):
    """What an article is: news, or the ministry's official statement ("Information for the
    media"), which readers find in a list and feeds of its own and see labelled as such."""

    NEWS = "news", _("News")
    STATEMENT = "statement", _("Statement")


class ArticlePage(SyndicatedPage, RoutablePageMixin, SitePage):
    Kind = ArticleKind
    # Publishing one where it stands changes its own page and the site's news, not the
    # site's structure (habar.sites.signal_handlers, habar.core.pagecache.generations).
    news_item = True

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=ArticleKind.choices,
        default=ArticleKind.NEWS,
        db_index=True,
        help_text=_(
            "A statement is an official statement for the media: listed under "
            "“Statements”, with feeds of its own, and labelled on the page and in search."
        ),
    )
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
    syndicated_from = models.ForeignKey(
        "self",
        verbose_name=_("syndicated from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="syndicated_copies",
        help_text=_("The ministry article this is a copy of; its edits reach this copy."),
    )
    # Set on publish from the changes' dates (see save), so that readers' pages need no query
    # to learn there are none.
    changed_at = models.DateTimeField(
        _("updated or corrected"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("The last published update or correction."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("publication_date"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_alt")], heading=_("Lead image")
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
        InlinePanel("related_links", heading=_("Related articles"), label=_("related article")),
        MultiFieldPanel(
            [FieldPanel("change_kind"), FieldPanel("change_note")],
            heading=_("Update or correction"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["news.ArticleIndexPage"]
    subpage_types = []
    base_form_class = ArticleForm

    objects = PageManager.from_queryset(ArticlePageQuerySet)()
    # A copy or translation made in the admin is the editors' own text: if it stayed linked
    # to a ministry origin, the origin's next publish would overwrite it.
    exclude_fields_in_copy = ["syndicated_from"]
    # The text a translator translates, besides the title and SEO fields every page has
    # (habar.news.translation_units).
    translatable_fields = ["summary", "lead_image_alt", "body"]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [models.Index(fields=["-publication_date"], name="news_article_pubdate_desc")]

    def clean(self):
        super().clean()
        if self.slug in RESERVED_ARTICLE_SLUGS:
            raise ValidationError({"slug": _("This address is reserved for the section's lists.")})

    @property
    def is_statement(self):
        return self.kind == ArticleKind.STATEMENT

    def save(self, *args, **kwargs):
        if self.syndicated_from_id:
            # A copy on an embassy site is of its origin's kind: a statement stays one.
            self.kind = (
                ArticlePage.objects.filter(pk=self.syndicated_from_id)
                .values_list("kind", flat=True)
                .first()
                or self.kind
            )
        if self.live and self.publication_date is None:
            self.publication_date = self.first_published_at or timezone.now()
        if self.live and kwargs.get("update_fields") is None:
            # Being published (a live article's drafts only save their revision): its
            # pending update or correction takes the publication's time.
            self.keep_published_changes()
            stamp_pending_changes(self, self.last_published_at or timezone.now())
            dates = [change.date for change in self.changes.all() if change.date]
            self.changed_at = max(dates, default=None)
            self.__dict__.pop("_published_changes", None)
        return super().save(*args, **kwargs)

    def keep_published_changes(self):
        """A published note stays on the record: publishing an older revision, made before
        the note, does not take it away. A copy's notes are its origin's (see syndication)."""
        if self.pk is None or self.syndicated_from_id:
            return
        current = list(self.changes.all())
        known = [change.pk for change in current if change.pk]
        missing = list(
            ArticleChange.objects.filter(article_id=self.pk, date__isnull=False).exclude(
                pk__in=known
            )
        )
        if missing:
            self.changes = missing + current

    @cached_property
    def _published_changes(self):
        # `changed_at` says whether there are any: most articles have none, and reading one
        # then costs no query.
        return published_changes(self) if self.changed_at else []

    def published_changes(self):
        """Updates and corrections readers see, oldest first."""
        return self._published_changes

    def date_modified(self):
        """The last update or correction, else the publication: minor edits move nothing."""
        return self.changed_at or self.publication_date

    settings_panels = Page.settings_panels + [FieldPanel("syndicated_from", read_only=True)]

    def meta_description(self):
        return self.search_description or self.summary

    def related_articles(self, count=RELATED_COUNT):
        """Hand-picked related articles first, then the newest sharing a tag or the section."""
        picked = [
            link.related
            for link in self.related_links.filter(related__live=True).select_related("related")
        ][:count]
        if len(picked) < count:
            candidates = (
                ArticlePage.objects.sibling_of(self, inclusive=False)
                .for_listing()
                .exclude(pk__in=[page.pk for page in picked])
            )
            tag_ids = [tag.pk for tag in self.tags.all()]
            if tag_ids:
                candidates = candidates.annotate(
                    shared_tags=Count("tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids))
                ).order_by("-shared_tags", "-publication_date")
            picked += list(candidates[: count - len(picked)])
        return picked

    def structured_data(self, request, breadcrumbs, site_name, image_url=None):
        """JSON-LD NewsArticle and BreadcrumbList, with the fields search engines ask for."""
        canonical = self.canonical_url(request)
        organisation = {
            "@type": "Organization",
            "name": site_name,
            "logo": {
                "@type": "ImageObject",
                "url": request.build_absolute_uri(static("img/logo.png")),
            },
        }
        article = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "datePublished": self.publication_date,
            "dateModified": self.date_modified(),
            "author": {"@type": "Organization", "name": site_name},
            "publisher": organisation,
            "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
            "inLanguage": self.locale.language_code,
            "image": [image_url or organisation["logo"]["url"]],
        }
        if self.summary:
            article["description"] = self.summary
        corrections = [
            c for c in self.published_changes() if c.kind == ArticleChange.Kind.CORRECTION
        ]
        if corrections:
            article["correction"] = [
                {"@type": "CorrectionComment", "text": c.note, "datePublished": c.date}
                for c in corrections
            ]
        return [article, breadcrumb_list(request, [*breadcrumbs, self])]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["view_count"] = shown_views(self.pk)
        # Read only when the article's cached parts are rendered again ({% fragment %}).
        context["related_articles"] = SimpleLazyObject(
            lambda: page_cached(
                request,
                self,
                "related",
                lambda: [
                    {
                        "title": a.title,
                        "url": a.get_url(request),
                        "publication_date": a.publication_date,
                    }
                    for a in self.related_articles()
                ],
            )
        )
        context["tags"] = SimpleLazyObject(
            lambda: page_cached(
                request,
                self,
                "tags",
                lambda: [{"name": t.name, "slug": t.slug} for t in self.tags.all()],
            )
        )
        context["count_views"] = not getattr(request, "is_preview", False)
        return context

    @path("text/", name="text")
    def text_view(self, request):
        """The article alone as plain HTML: no images, no scripts, one small stylesheet,
        for readers on slow or metered connections. Cached like the page itself."""
        return self.render(request, template="news/article_text.html")
