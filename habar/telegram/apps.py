from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TelegramConfig(AppConfig):
    name = "habar.telegram"
    verbose_name = _("Telegram")

    def ready(self):
        from django.conf import settings

        from habar.worker import rounds

        from . import sending, signal_handlers  # noqa: F401

        rounds.register(
            "telegram", sending.send_round, every=lambda: settings.HABAR_TELEGRAM_ROUND_SECONDS
        )
