from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubscriptionsConfig(AppConfig):
    name = "habar.subscriptions"
    verbose_name = _("Subscriptions")

    def ready(self):
        from django.conf import settings

        from habar.worker import rounds

        from . import provider_events, sending, signal_handlers  # noqa: F401

        rounds.register(
            "subscriptions-mail",
            sending.send_round,
            every=lambda: settings.HABAR_EMAIL_ROUND_SECONDS,
        )
