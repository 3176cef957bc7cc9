from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsularConfig(AppConfig):
    name = "habar.consular"
    label = "consular"
    verbose_name = _("Consular services")

    def ready(self):
        from habar.news.registry import register_listing

        from . import signal_handlers  # noqa: F401
        from .models import ServiceIndexPage, ServicePage

        register_listing(ServiceIndexPage, ServicePage)
