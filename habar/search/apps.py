from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "habar.search"
    # "search" is Wagtail's own search app (wagtail.search).
    label = "habar_search"
    verbose_name = _("Site search")

    def ready(self):
        from . import signal_handlers  # noqa: F401
