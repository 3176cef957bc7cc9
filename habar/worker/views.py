from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import page_permission_policy

from .models import MissedSchedule


def publishable_pages(user):
    return page_permission_policy.instances_user_has_permission_for(user, "publish")


def user_can_see_missed_schedules(user):
    """Superusers, and those who can publish somewhere (a site's publishers and admins)."""
    return user.is_active and (user.is_superuser or publishable_pages(user).exists())


def edit_url(row):
    return reverse("wagtailadmin_pages:edit", args=[row.page_id]) if row.page_id else None


class DelayColumn(Column):
    def get_value(self, instance):
        minutes = int(instance.delay.total_seconds() // 60)
        return _("%(hours)d h %(minutes)02d min") % {
            "hours": minutes // 60,
            "minutes": minutes % 60,
        }


class MissedSchedulesView(ReportView):
    page_title = _("Missed schedules")
    header_icon = "time"
    index_url_name = "habar_worker:missed_schedules"
    index_results_url_name = "habar_worker:missed_schedules_results"
    model = MissedSchedule
    no_results_message = _("No schedule has fired late.")
    columns = [
        TitleColumn("title", label=_("Title"), get_url=edit_url),
        Column("get_action_display", label=_("Action")),
        DateColumn("scheduled_at", label=_("Scheduled for")),
        DateColumn("fired_at", label=_("Fired at")),
        DelayColumn("delay", label=_("Delay")),
    ]
    list_export = ["title", "get_action_display", "scheduled_at", "fired_at", "delay"]
    export_headings = {
        "title": _("Title"),
        "get_action_display": _("Action"),
        "scheduled_at": _("Scheduled for"),
        "fired_at": _("Fired at"),
        "delay": _("Delay"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not user_can_see_missed_schedules(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        rows = MissedSchedule.objects.order_by("-fired_at", "-pk")
        user = self.request.user
        if user.is_superuser:
            return rows
        # Others see the pages they may publish, on their own sites.
        return rows.filter(page__in=publishable_pages(user).values("pk"))
