from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "habar.news"
    label = "news"
    verbose_name = _("News")

    def ready(self):
        from habar.stats import countable

        from . import signal_handlers  # noqa: F401
        from .models import ArticlePage

        countable.register(ArticlePage, copy_field="syndicated_from")
