from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views

admin_urls = [
    path("", admin_views.report, name="report"),
    path("subscriber/", admin_views.subscriber, name="subscriber"),
]


@hooks.register("register_admin_urls")
def register_subscription_urls():
    return [path("subscriptions/", include((admin_urls, "habar_subscriptions")))]


class SubscriptionsMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(admin_views.visible_sites(request.user))


@hooks.register("register_reports_menu_item")
def register_subscriptions_menu_item():
    return SubscriptionsMenuItem(
        _("Subscriptions"),
        reverse("habar_subscriptions:report"),
        name="subscriptions",
        icon_name="mail",
        order=1500,
    )
