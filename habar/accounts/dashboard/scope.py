"""Which pages a user's dashboard is about: the sites where they hold a page permission
(habar.news.parity.sites_for_user, as the translation parity report), or the whole network
for a superuser; the panels' rows and filters over those sites' pages."""

from dataclasses import dataclass
from functools import cached_property

from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from habar.news.parity import homes_by_site, sites_for_user
from habar.sites.models import SiteSettings, time_zone_or_default


@dataclass
class DashboardScope:
    """The sites a user's dashboard is about; `network` for a superuser's (all of them)."""

    user: object
    sites: list
    network: bool

    @cached_property
    def homes(self):
        return homes_by_site(self.sites) if self.sites else {}

    @property
    def empty(self):
        """Nothing to show: an account without a site (a superuser has the network)."""
        return not self.network and not self.sites

    def site_filter(self, site, prefix=""):
        query = Q(pk__in=[])
        for home in self.homes.get(site.pk, []):
            query |= Q(**{f"{prefix}path__startswith": home.path})
        return query

    def page_filter(self, prefix=""):
        """Pages of the scope's sites (of the whole tree for the network)."""
        if self.network:
            return Q(**{f"{prefix}depth__gt": 1})
        query = Q(pk__in=[])
        for site in self.sites:
            query |= self.site_filter(site, prefix)
        return query

    def pages(self):
        return Page.objects.filter(self.page_filter())

    def site_of(self, page):
        for site in self.sites:
            if any(page.path.startswith(home.path) for home in self.homes.get(site.pk, [])):
                return site
        return None

    @cached_property
    def zones(self):
        """{site pk: the site's time zone}, for the dates the panels show."""
        names = dict(
            SiteSettings.objects.filter(site__in=self.sites).values_list("site_id", "time_zone")
        )
        return {site.pk: time_zone_or_default(names.get(site.pk)) for site in self.sites}

    def zone_of(self, page):
        site = self.site_of(page)
        return self.zones.get(site.pk) if site else timezone.get_current_timezone()

    @property
    def parity_sites(self):
        """The sites whose parity the dashboard sums up: a superuser's default site only (the
        full report offers the others)."""
        if not self.network:
            return self.sites
        return [site for site in self.sites if site.is_default_site][:1] or self.sites[:1]


def scope_for(request):
    """The request's dashboard scope, computed once for all the panels."""
    if not hasattr(request, "_habar_dashboard_scope"):
        user = request.user
        request._habar_dashboard_scope = DashboardScope(
            user=user, sites=sites_for_user(user), network=user.is_superuser
        )
    return request._habar_dashboard_scope


def site_label(site):
    return site.site_name or site.hostname


def page_rows(scope, pages):
    """Rows for a panel's list: the page, its site (when there are several), its edit link."""
    several = len(scope.sites) > 1
    return [
        {
            "page": page,
            "site": site_label(scope.site_of(page)) if several and scope.site_of(page) else "",
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        }
        for page in pages
    ]


def own_page(scope, object_id):
    """The scope's page whose pk is the text `object_id` (a generic relation's), compared as
    text: another model's object_id may not be a number."""
    return (
        scope.pages()
        .annotate(pk_text=Cast("pk", output_field=CharField()))
        .filter(pk_text=object_id)
    )
