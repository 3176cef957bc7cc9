"""The admin report of services whose text nobody has reviewed for too long."""

import calendar
import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import page_permission_policy

from .models import ServicePage


def months_before(day, months):
    """The same day `months` months before `day` (the month's last day where it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(day.day, last))


def review_due_before():
    """Services last reviewed before this day are due (HABAR_SERVICE_REVIEW_MONTHS)."""
    return months_before(timezone.localdate(), settings.HABAR_SERVICE_REVIEW_MONTHS)


def editable_pages(user):
    return page_permission_policy.instances_user_has_permission_for(user, "change")


def user_can_see_review_report(user):
    return user.is_active and (user.is_superuser or editable_pages(user).exists())


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


class LanguageColumn(Column):
    def get_value(self, instance):
        return instance.locale.get_display_name()


class ServicesToReviewView(ReportView):
    page_title = gettext_lazy("Services to review")
    header_icon = "date"
    index_url_name = "habar_consular:services_to_review"
    index_results_url_name = "habar_consular:services_to_review_results"
    model = ServicePage
    no_results_message = gettext_lazy("Every service has been reviewed in time.")
    columns = [
        TitleColumn("title", label=gettext_lazy("Title"), get_url=edit_url),
        LanguageColumn("locale", label=gettext_lazy("Language")),
        DateColumn("last_reviewed", label=gettext_lazy("last reviewed")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not user_can_see_review_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return _("Last reviewed before %(date)s") % {
            "date": date_format(review_due_before(), "SHORT_DATE_FORMAT")
        }

    def get_queryset(self):
        pages = (
            ServicePage.objects.filter(last_reviewed__lt=review_due_before())
            .select_related("locale")
            .order_by("last_reviewed", "pk")
        )
        user = self.request.user
        if user.is_superuser:
            return pages
        return pages.filter(pk__in=editable_pages(user).values("pk"))
