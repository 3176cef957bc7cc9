"""The mission page: the mission as readers find it in one language."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable, Page

from habar.news.models import SitePage

from .. import hours, structured
from .details import MissionDetails


class Closure(Orderable):
    """A day the mission is closed (a public holiday of the host country or Turkmenistan),
    named in the page's language; entered per year, shown ahead of time."""

    page = ParentalKey("missions.MissionPage", on_delete=models.CASCADE, related_name="closures")
    date = models.DateField(_("date"))
    name = models.CharField(_("holiday"), max_length=255)

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("name")])]

    class Meta(Orderable.Meta):
        verbose_name = _("closure")
        verbose_name_plural = _("closures")

    def __str__(self):
        return f"{self.date}: {self.name}"


class MissionPage(SitePage):
    """The mission as readers find it in one language: contacts, hours, holidays."""

    head_of_mission = models.CharField(_("head of mission"), max_length=255, blank=True)
    host_country = models.CharField(
        _("host country"), max_length=255, help_text=_("Its name in this page's language.")
    )
    address = models.TextField(_("address"), blank=True)
    consular_district = models.TextField(
        _("consular district"), blank=True, help_text=_("The countries and regions it serves.")
    )
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("host_country"),
        FieldPanel("head_of_mission"),
        FieldPanel("address"),
        FieldPanel("consular_district"),
        FieldPanel("intro"),
        InlinePanel("closures", heading=_("Closures on public holidays"), label=_("closure")),
    ]

    parent_page_types = ["news.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("mission page")
        verbose_name_plural = _("mission pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        details = MissionDetails.for_request(request)
        slots = list(details.hours.all())
        now = timezone.now().astimezone(details.zone)
        closures = sorted(self.closures.all(), key=lambda closure: closure.date)
        ahead = [closure for closure in closures if closure.date >= now.date()]
        context.update(
            details=details,
            state=hours.opening_state(slots, closures, now),
            services=hours.services(slots),
            closures=ahead,
            structured_data=structured.mission(request, self, details, slots, ahead),
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Open or closed holds until the next opening, closing or local midnight: the page
        # cache keeps the page no longer (habar.core.pagecache reads max-age).
        state = (getattr(response, "context_data", None) or {}).get("state")
        if state is not None:
            hours.bound_cache_lifetime(response, state.changes_at)
        return response
