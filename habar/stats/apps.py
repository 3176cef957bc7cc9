from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatsConfig(AppConfig):
    name = "habar.stats"
    label = "stats"
    verbose_name = _("Views")

    def ready(self):
        from . import checks, signal_handlers  # noqa: F401
