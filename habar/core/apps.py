from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "habar.core"
    label = "core"
    verbose_name = _("Habar")

    def ready(self):
        # Connect the receivers: the replica router's request_started, the page cache's
        # pages_changed, the database outage log.
        from . import middleware, pagecache, routers  # noqa: F401
        from .translation_fallback import use_english_fallback

        use_english_fallback()
