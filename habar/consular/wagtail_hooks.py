from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import ServicesToReviewView, user_can_see_review_report

report_urls = [
    path("", ServicesToReviewView.as_view(), name="services_to_review"),
    path(
        "results/",
        ServicesToReviewView.as_view(results_only=True),
        name="services_to_review_results",
    ),
]


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [path("services-to-review/", include((report_urls, "habar_consular")))]


class ServicesToReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_see_review_report(request.user)


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ServicesToReviewMenuItem(
        _("Services to review"),
        reverse("habar_consular:services_to_review"),
        name="services-to-review",
        icon_name="date",
        order=1500,
    )
