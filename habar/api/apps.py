from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "habar.api"
    label = "habar_api"
    verbose_name = _("Public API")
