"""Consular services: what a citizen comes to a mission for, a page each, listed per site."""

from django.core.exceptions import ValidationError
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from habar.missions.contacts import contacts
from habar.news.chrome import page_cached
from habar.news.copies import SyndicatedPage
from habar.news.models import RESERVED_SLUGS, SitePage
from habar.news.models.base import ArticlePageQuerySet, breadcrumb_list
from habar.sites.models import SiteSettings

from .blocks import documents_field, fees_field, forms_field, steps_field


class ServiceIndexPage(SitePage):
    """A site's consular services in one language."""

    intro = models.CharField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["news.HomePage"]
    subpage_types = ["consular.ServicePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("consular services index")
        verbose_name_plural = _("consular services indexes")

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is reserved for the site's archive.")})

    def services(self):
        return ServicePage.objects.child_of(self).live().public().defer_streamfields()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["services"] = self.services()
        return context


class ServicePage(SyndicatedPage, SitePage):
    """One consular service: who may apply, with which documents, for which fee, how long
    it takes, how to apply and where. A ministry service offered by chosen missions is
    copied to their sites (syndication.py), where each copy may state its own fees and
    notes."""

    summary = models.TextField(
        _("summary"), help_text=_("What the service is, in a sentence or two.")
    )
    eligibility = models.TextField(_("who may apply"), blank=True)
    documents = StreamField(documents_field(), verbose_name=_("documents required"), blank=True)
    fees = StreamField(fees_field(), verbose_name=_("fees"), blank=True)
    processing_time = models.CharField(_("processing time"), max_length=255, blank=True)
    steps = StreamField(steps_field(), verbose_name=_("steps"), blank=True)
    forms = StreamField(forms_field(), verbose_name=_("forms to download"), blank=True)
    missions = ParentalManyToManyField(
        "wagtailcore.Site",
        verbose_name=_("where to apply"),
        blank=True,
        related_name="+",
        help_text=_(
            "The missions that offer this service. Publishing puts a copy on each of their "
            "sites, in the languages it shares with them."
        ),
    )
    last_reviewed = models.DateField(_("last reviewed"), default=timezone.localdate)
    mission_fees = StreamField(
        fees_field(),
        verbose_name=_("this mission's fees"),
        blank=True,
        help_text=_("On a mission's copy: its own fees, shown instead of the ministry's."),
    )
    mission_notes = models.TextField(_("this mission's notes"), blank=True)
    syndicated_from = models.ForeignKey(
        "self",
        verbose_name=_("syndicated from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="syndicated_copies",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("eligibility"),
        FieldPanel("documents"),
        FieldPanel("fees"),
        FieldPanel("processing_time"),
        FieldPanel("steps"),
        FieldPanel("forms"),
        FieldPanel("missions", widget=CheckboxSelectMultiple),
        FieldPanel("last_reviewed"),
        MultiFieldPanel(
            [FieldPanel("mission_fees"), FieldPanel("mission_notes")],
            heading=_("this mission's fees"),
        ),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("syndicated_from", read_only=True)]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("eligibility"),
        index.SearchField("documents"),
        index.SearchField("steps"),
        index.FilterField("last_reviewed"),
    ]

    parent_page_types = ["consular.ServiceIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(ArticlePageQuerySet)()
    # A copy or translation made in the admin is the editors' own text (as for articles).
    exclude_fields_in_copy = ["syndicated_from"]

    class Meta:
        verbose_name = _("consular service")
        verbose_name_plural = _("consular services")

    def meta_description(self):
        return self.search_description or self.summary

    def shown_fees(self):
        """The mission's own fees where it states them, else the service's."""
        return self.mission_fees or self.fees

    def search_texts(self):
        """What the reader search quotes from, best first (habar.search)."""
        yield self.summary
        yield self.eligibility
        yield " ".join(self._meta.get_field("documents").get_searchable_content(self.documents))

    def offices(self, request):
        """Where to apply: the chosen missions (each at its copy of this page where it has
        one), else this page's own site; each named by its home page in this language, with
        its address in this language, phone and e-mail (habar.missions.contacts)."""
        sites = []
        if not self.syndicated_from_id:
            sites = list(self.missions.select_related("root_page").order_by("hostname"))
        own = self.get_site()
        if not sites and own is not None:
            sites = [own]
        urls = {}
        for copy in self.syndicated_copies.live():
            parts = copy.get_url_parts(request)
            if parts:
                urls[parts[0]] = copy.get_url(request)
        titles = dict(
            Page.objects.filter(
                translation_key__in=[site.root_page.translation_key for site in sites],
                locale_id=self.locale_id,
            ).values_list("translation_key", "title")
        )
        found = contacts(sites, self.locale)
        names = {s.site_id: s.name for s in SiteSettings.objects.filter(site__in=sites)}
        offices = []
        for site in sites:
            name = titles.get(site.root_page.translation_key) or names.get(site.pk)
            offices.append(
                {
                    "name": name or site.site_name or site.hostname,
                    **found[site.pk],
                    "url": urls.get(site.pk) or site.root_url,
                }
            )
        return offices

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        offices = page_cached(request, self, "offices", lambda: self.offices(request))
        context["offices"] = offices
        home = context["home_page"]
        context["structured_data"] = self.structured_data(
            request, context["breadcrumbs"], home.title, offices
        )
        return context

    def structured_data(self, request, breadcrumbs, site_name, offices):
        """JSON-LD GovernmentService (with its fees as offers and its offices as channels)
        and BreadcrumbList."""
        canonical = self.canonical_url(request)
        service = {
            "@context": "https://schema.org",
            "@type": "GovernmentService",
            "name": self.title,
            "description": self.summary,
            "url": canonical,
            "provider": {
                "@type": "GovernmentOrganization",
                "name": site_name,
                "logo": request.build_absolute_uri(static("img/logo.png")),
            },
            "offers": [
                {
                    "@type": "Offer",
                    "name": fee.value["condition"],
                    "price": str(fee.value["amount"]),
                    "priceCurrency": fee.value["currency"],
                }
                for fee in self.shown_fees()
            ],
            "availableChannel": [
                {
                    "@type": "ServiceChannel",
                    "name": office["name"],
                    "serviceUrl": request.build_absolute_uri(office["url"]),
                    "serviceLocation": {
                        "@type": "GovernmentOffice",
                        "name": office["name"],
                        "address": office["address"],
                        "telephone": office["phone"],
                    },
                }
                for office in offices
            ],
        }
        return [service, breadcrumb_list(request, [*breadcrumbs, self])]
