import pytest
from django.test import override_settings

from habar.telegram.models import TelegramChannel, TelegramSettings

from . import botapi

TOKEN = "123456:test-token"


@pytest.fixture
def bot_api():
    """The Bot API stand-in, and Habar's settings pointing at it."""
    server, api = botapi.start(TOKEN)
    with override_settings(
        HABAR_TELEGRAM_BOT_TOKEN=TOKEN,
        HABAR_TELEGRAM_API_URL=api.url,
        HABAR_TELEGRAM_RATE=1000,
        HABAR_TELEGRAM_RETRY_SECONDS=0,
    ):
        yield api
    server.shutdown()
    server.server_close()


def add_channels(site, **chats):
    """Channels of `site` per language: add_channels(site, en="@mfa_en")."""
    settings = TelegramSettings.for_site(site)
    for language, chat in chats.items():
        TelegramChannel.objects.create(settings=settings, language=language, chat=chat)
    return settings


@pytest.fixture
def channels(tree):
    """The ministry's channels in English and Russian (none in Turkmen)."""
    return add_channels(tree.site, en="@mfa_news_en", ru="-1001234567890")
