from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "habar.translations"
    label = "habar_translations"
    verbose_name = _("Translation files")
