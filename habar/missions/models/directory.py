"""The ministry's directory of every mission of the network, by country and kind; the same
as CSV and, through habar.api, as JSON."""

import csv
from typing import NamedTuple

from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, Site

from habar.news.models import SitePage

from ..forms import DirectoryFilter
from .details import MissionDetails
from .mission import MissionPage

CSV_COLUMNS = [
    "name",
    "kind",
    "country",
    "host_country",
    "head_of_mission",
    "address",
    "phones",
    "emergency_phone",
    "email",
    "latitude",
    "longitude",
    "consular_district",
    "language",
    "url",
]


class Entry(NamedTuple):
    page: MissionPage
    details: MissionDetails
    url: str

    def row(self):
        """The entry as CSV_COLUMNS say, in plain text."""
        page, details = self.page, self.details
        return {
            "name": page.title,
            "kind": details.kind,
            "country": details.country,
            "host_country": page.host_country,
            "head_of_mission": page.head_of_mission,
            "address": page.address,
            "phones": "; ".join(details.phone_list()),
            "emergency_phone": details.emergency_phone,
            "email": details.email,
            "latitude": "" if details.latitude is None else str(details.latitude),
            "longitude": "" if details.longitude is None else str(details.longitude),
            "consular_district": page.consular_district,
            "language": page.locale.language_code,
            "url": self.url,
        }


def site_of(page, roots):
    return next((root.site_id for root in roots if page.url_path.startswith(root.root_path)), None)


def missions(request, language):
    """Each mission's page in `language` (else in English, else in any), with its details,
    by host country and name. A mission is a site with a host country and a live page."""
    roots = Site.get_site_root_paths()
    chosen = {}
    for page in MissionPage.objects.live().public().select_related("locale"):
        site_id = site_of(page, roots)
        current = chosen.get(site_id)
        rank = {language: 0, "en": 1}.get(page.locale.language_code, 2)
        if site_id is not None and (current is None or rank < current[0]):
            chosen[site_id] = (rank, page)
    details = MissionDetails.objects.filter(site__in=chosen).exclude(country="")
    details = {item.site_id: item for item in details.prefetch_related("hours")}
    entries = [
        Entry(page, details[site_id], page.get_full_url(request))
        for site_id, (_rank, page) in chosen.items()
        if site_id in details
    ]
    return sorted(entries, key=lambda entry: (entry.page.host_country, entry.page.title))


def countries(entries):
    """(code, name) of each host country, by name."""
    found = {entry.details.country: entry.page.host_country for entry in entries}
    return sorted(found.items(), key=lambda item: item[1])


def filtered(entries, country="", kind=""):
    return [
        entry
        for entry in entries
        if (not country or entry.details.country == country)
        and (not kind or entry.details.kind == kind)
    ]


class MissionDirectoryPage(RoutablePageMixin, SitePage):
    """The ministry's list of every mission of the network, by country and kind."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["news.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("directory of missions")
        verbose_name_plural = _("directories of missions")

    def listing(self, request):
        """(filter form, entries it lets through)."""
        entries = missions(request, self.locale.language_code)
        form = DirectoryFilter(request.GET, countries(entries))
        return form, filtered(entries, *form.chosen())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form, entries = self.listing(request)
        context.update(form=form, entries=entries)
        return context

    @path("", name="index")
    def index(self, request):
        response = self.render(request)
        if response.context_data["form"].errors:
            response.status_code = 400  # the page says which filter it could not read
        return response

    @path("csv/", name="csv")
    def csv(self, request):
        form, entries = self.listing(request)
        if form.errors:
            return HttpResponse(form.errors.as_text(), status=400, content_type="text/plain")
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        day = timezone.localdate().isoformat()
        filename = f"missions-{self.locale.language_code}-{day}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        writer = csv.DictWriter(response, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(entry.row() for entry in entries)
        return response
