from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SitesConfig(AppConfig):
    name = "habar.sites"
    label = "habar_sites"
    verbose_name = _("Sites")

    def ready(self):
        from habar.core.pagecache.sites import register_lookup

        from . import routing, signal_handlers  # noqa: F401

        register_lookup(routing.site_id_for_request)
