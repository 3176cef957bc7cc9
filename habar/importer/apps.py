from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImporterConfig(AppConfig):
    name = "habar.importer"
    label = "importer"
    verbose_name = _("Archive import")

    def ready(self):
        # Connects the redirect signal receivers in every process, web or command.
        from . import middleware  # noqa: F401
