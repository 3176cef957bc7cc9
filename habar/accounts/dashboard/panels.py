"""The dashboard's summary item and panels (see the package's note), a query or two each."""

import datetime

from django.db.models import Count, Exists, Max, OuterRef, Q
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

from habar.news.parity import SiteParity

from .scope import own_page, page_rows, scope_for, site_label

LIMIT = 10
SCHEDULE_DAYS = 7
EDIT_ACTIONS = ["wagtail.create", "wagtail.edit", "wagtail.publish", "wagtail.publish.scheduled"]
PAGE_FIELDS = ["title", "draft_title", "path", "depth", "live", "locale"]


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
