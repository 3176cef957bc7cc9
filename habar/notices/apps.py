from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "habar.notices"
    label = "notices"
    verbose_name = _("Urgent notices")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from . import signal_handlers  # noqa: F401
        from .models import Notice
        from .permissions import notice_permission_policy

        register_permission_policy(Notice, notice_permission_policy)
