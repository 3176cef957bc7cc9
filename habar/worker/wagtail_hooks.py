from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import MissedSchedulesView, user_can_see_missed_schedules

report_urls = [
    path("", MissedSchedulesView.as_view(), name="missed_schedules"),
    path(
        "results/",
        MissedSchedulesView.as_view(results_only=True),
        name="missed_schedules_results",
    ),
]


@hooks.register("register_admin_urls")
def register_missed_schedules_urls():
    return [path("missed-schedules/", include((report_urls, "habar_worker")))]


class MissedSchedulesMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_see_missed_schedules(request.user)


@hooks.register("register_reports_menu_item")
def register_missed_schedules_menu_item():
    return MissedSchedulesMenuItem(
        _("Missed schedules"),
        reverse("habar_worker:missed_schedules"),
        name="missed-schedules",
        icon_name="time",
        order=1400,
    )
