"""The admin's dashboard about the editor's own site: its pages, their own work, what is due.

Wagtail's dashboard counts the pages under the common ancestor of what a user may edit;
a site's homes in several languages share the tree's root, so an embassy editor saw the
whole network's count and nothing of their own work. Habar's panels (Wagtail components,
added by habar.accounts.wagtail_hooks) are about the sites where the user holds a page
permission (habar.news.parity.sites_for_user, as the translation parity report); a
superuser's panels cover the network and say so.

Each panel is one or two queries, whatever the number of pages.
"""

import datetime
from dataclasses import dataclass
from functools import cached_property

from django.db.models import CharField, Count, Exists, Max, OuterRef, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language_info
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.ui.components import Component
from wagtail.models import (
    GroupApprovalTask,
    Page,
    PageLogEntry,
    Revision,
    TaskState,
    get_default_page_content_type,
)

from habar.news.parity import SiteParity, homes_by_site, sites_for_user
from habar.sites.models import SiteSettings, time_zone_or_default

LIMIT = 10
SCHEDULE_DAYS = 7
EDIT_ACTIONS = ["wagtail.create", "wagtail.edit", "wagtail.publish", "wagtail.publish.scheduled"]
PAGE_FIELDS = ["title", "draft_title", "path", "depth", "live", "locale"]


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


class SitePagesSummaryItem(SummaryItem):
    """The count of the pages of the user's sites (live and drafts), in place of Wagtail's."""

    order = 100
    template_name = "accounts/dashboard/summary_pages.html"

    def is_shown(self):
        return not scope_for(self.request).empty

    def get_context_data(self, parent_context):
        scope = scope_for(self.request)
        if scope.network:
            counts = Page.objects.filter(depth__gt=1).aggregate(
                live_pages=Count("pk", filter=Q(live=True)),
                drafts=Count("pk", filter=Q(live=False)),
            )
            return {"network": True, "items": [self.item(None, counts)]}
        aggregates = {}
        for site in scope.sites:
            pages = scope.site_filter(site)
            aggregates[f"live_pages_{site.pk}"] = Count("pk", filter=pages & Q(live=True))
            aggregates[f"drafts_{site.pk}"] = Count("pk", filter=pages & Q(live=False))
        counts = Page.objects.aggregate(**aggregates)
        items = [
            self.item(site, {key: counts[f"{key}_{site.pk}"] for key in ("live_pages", "drafts")})
            for site in scope.sites
        ]
        return {"network": False, "items": items}

    @staticmethod
    def item(site, counts):
        return {
            "site": site_label(site) if site else "",
            "url": reverse("wagtailadmin_explore", args=[site.root_page_id])
            if site
            else reverse("wagtailadmin_explore_root"),
            "total": counts["live_pages"] + counts["drafts"],
            "live": counts["live_pages"],
            "drafts": counts["drafts"],
        }


class DashboardPanel(Component):
    """A panel about the user's sites; shows nothing for a user without one."""

    name = ""
    order = 200

    def __init__(self, request):
        self.request = request

    @property
    def scope(self):
        return scope_for(self.request)

    def render_html(self, parent_context=None):
        if self.scope.empty:
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        return {"scope": self.scope, **self.panel_context()}

    def panel_context(self):
        return {}


class NoSitePanel(DashboardPanel):
    """What an account without a site sees: why the dashboard is empty, and what to do."""

    name = "habar_no_site"
    order = 100
    template_name = "accounts/dashboard/no_site.html"

    def render_html(self, parent_context=None):
        if not self.scope.empty:
            return ""
        return Component.render_html(self, parent_context)


class DraftsPanel(DashboardPanel):
    """The user's drafts: pages of their sites whose latest, unpublished revision is theirs."""

    name = "habar_drafts"
    order = 210
    template_name = "accounts/dashboard/drafts.html"

    def panel_context(self):
        pages = (
            self.scope.pages()
            .filter(has_unpublished_changes=True, latest_revision__user=self.scope.user)
            .select_related("locale")
            .only(*PAGE_FIELDS, "latest_revision_created_at")
            .order_by("-latest_revision_created_at", "-pk")[: LIMIT + 1]
        )
        pages = list(pages)
        return {"rows": page_rows(self.scope, pages[:LIMIT]), "more": len(pages) > LIMIT}


class ReviewPanel(DashboardPanel):
    """Workflow tasks on the sites' pages that the user may approve or send back."""

    name = "habar_review"
    order = 220
    template_name = "accounts/dashboard/review.html"

    def task_states(self):
        user = self.scope.user
        states = TaskState.objects.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            task__active=True,
            workflow_state__base_content_type=get_default_page_content_type(),
        )
        if not user.is_superuser:
            # Habar's review tasks are Wagtail's group approval tasks (habar.network.roles).
            states = states.filter(
                Exists(
                    GroupApprovalTask.groups.through.objects.filter(
                        groupapprovaltask_id=OuterRef("task_id"), group__user=user
                    )
                )
            )
        pages = own_page(self.scope, OuterRef("workflow_state__object_id"))
        return (
            states.filter(Exists(pages))
            .select_related("task", "workflow_state__requested_by")
            .order_by("-started_at", "-pk")
        )

    def panel_context(self):
        states = list(self.task_states()[: LIMIT + 1])
        shown = states[:LIMIT]
        pages = (
            Page.objects.select_related("locale")
            .only(*PAGE_FIELDS)
            .in_bulk([int(state.workflow_state.object_id) for state in shown])
        )
        rows = []
        for state in shown:
            page = pages.get(int(state.workflow_state.object_id))
            if page is not None:
                row = page_rows(self.scope, [page])[0]
                rows.append({**row, "state": state})
        return {
            "rows": rows,
            "more": len(states) > LIMIT,
            "report_url": reverse("wagtailadmin_reports:workflow_tasks"),
        }


class ScheduledPanel(DashboardPanel):
    """Go-lives and expiries on the sites in the coming days, in each site's time zone."""

    name = "habar_scheduled"
    order = 230
    template_name = "accounts/dashboard/scheduled.html"

    def panel_context(self):
        now = timezone.now()
        until = now + datetime.timedelta(days=SCHEDULE_DAYS)
        go_lives = dict(
            Revision.page_revisions.filter(
                Exists(own_page(self.scope, OuterRef("object_id"))),
                approved_go_live_at__gte=now,
                approved_go_live_at__lt=until,
            )
            .order_by("approved_go_live_at")
            .values_list("object_id", "approved_go_live_at")[: LIMIT + 1]
        )
        pages = self.scope.pages().select_related("locale").only(*PAGE_FIELDS, "expire_at")
        starting = pages.filter(pk__in=[int(pk) for pk in go_lives])
        ending = pages.filter(live=True, expire_at__gte=now, expire_at__lt=until).order_by(
            "expire_at", "pk"
        )[: LIMIT + 1]
        events = [(go_lives[str(page.pk)], "go_live", page) for page in starting]
        events += [(page.expire_at, "expiry", page) for page in ending]
        events.sort(key=lambda event: (event[0], event[2].pk))
        rows = []
        for when, kind, page in events[:LIMIT]:
            row = page_rows(self.scope, [page])[0]
            rows.append({**row, "when": when, "kind": kind, "zone": self.scope.zone_of(page)})
        return {"rows": rows, "more": len(events) > LIMIT}


class RecentEditsPanel(DashboardPanel):
    """The pages of the sites the user last created, edited or published."""

    name = "habar_recent_edits"
    order = 250
    template_name = "accounts/dashboard/recent_edits.html"

    def panel_context(self):
        latest = (
            PageLogEntry.objects.filter(
                self.scope.page_filter(prefix="page__"),
                user=self.scope.user,
                action__in=EDIT_ACTIONS,
            )
            .values("page_id")
            .annotate(latest=Max("timestamp"))
            .order_by("-latest")[:LIMIT]
        )
        latest = list(latest)
        pages = (
            Page.objects.select_related("locale")
            .only(*PAGE_FIELDS)
            .in_bulk([entry["page_id"] for entry in latest])
        )
        rows = []
        for entry in latest:
            if page := pages.get(entry["page_id"]):
                rows.append({**page_rows(self.scope, [page])[0], "when": entry["latest"]})
        return {"rows": rows}


class ParityPanel(DashboardPanel):
    """The translation parity of the sites, by language, linked to the full report."""

    name = "habar_parity"
    order = 260
    template_name = "accounts/dashboard/parity.html"

    def panel_context(self):
        report = reverse("habar_news:translation_parity")
        return {
            "sites": [
                {**self.summary(site), "url": f"{report}?site={site.pk}"}
                for site in self.scope.parity_sites
            ]
        }

    @staticmethod
    def summary(site):
        parity = SiteParity(site)
        rows = parity.rows(only_problems=False)
        languages = [
            {
                "name": language_name(code),
                "missing": sum(code in row.missing for row in rows),
                "stale": sum(
                    any(stale.language_code == code for stale in row.stale) for row in rows
                ),
            }
            for code in parity.languages
        ]
        return {
            "site": site_label(site),
            "articles": len(rows),
            "complete": sum(not row.has_problems for row in rows),
            "languages": languages,
        }


def language_name(code):
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


PANELS = [NoSitePanel, DraftsPanel, ReviewPanel, ScheduledPanel, RecentEditsPanel, ParityPanel]
