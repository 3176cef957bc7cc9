from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "habar.accounts"
    label = "accounts"
    verbose_name = _("Accounts")
    default = True

    def ready(self):
        from . import signal_handlers  # noqa: F401


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, scoped so that a site administrator manages only their site."""

    default = False
    user_viewset = "habar.accounts.viewsets.UserViewSet"
