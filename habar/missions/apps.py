from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MissionsConfig(AppConfig):
    name = "habar.missions"
    label = "missions"
    verbose_name = _("Missions")

    def ready(self):
        from habar.news import registry

        from . import signal_handlers  # noqa: F401
        from .footer import footer_links

        registry.allow_under_home("missions.MissionPage")
        registry.allow_under_home("missions.MissionDirectoryPage")
        registry.register_footer_links(footer_links)
