"""The channels in the site's settings, and the report of posts editors see."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.models import GroupPagePermission

from habar.accounts.testing import verified_login
from habar.subscriptions.tests.test_alerts_by_smtp import publish
from habar.telegram import sending
from habar.telegram.models import Post, TelegramChannel
from habar.telegram.views import message_url


def settings_url(site):
    return reverse("wagtailsettings:edit", args=["telegram", "telegramsettings", site.pk])


def channels_form(*rows):
    data = {
        "channels-TOTAL_FORMS": str(len(rows)),
        "channels-INITIAL_FORMS": "0",
        "channels-MIN_NUM_FORMS": "0",
        "channels-MAX_NUM_FORMS": "1000",
    }
    for index, (language, chat) in enumerate(rows):
        data |= {
            f"channels-{index}-language": language,
            f"channels-{index}-chat": chat,
            f"channels-{index}-enabled": "on",
            f"channels-{index}-ORDER": str(index + 1),
        }
    return data


def test_a_site_administrator_sets_the_channels_in_the_sites_settings(tree, admin_client):
    page = admin_client.get(settings_url(tree.site))
    assert page.status_code == 200
    assert "HABAR_TELEGRAM_BOT_TOKEN" not in page.content.decode()  # no token field
    answer = admin_client.post(
        settings_url(tree.site), channels_form(("en", "@mfa_news_en"), ("ru", "-1001234567890"))
    )
    assert answer.status_code == 302
    channels = TelegramChannel.objects.order_by("sort_order")
    assert [(c.language, c.chat, c.enabled) for c in channels] == [
        ("en", "@mfa_news_en", True),
        ("ru", "-1001234567890", True),
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (("en", "mfa news"), "public name (@name)"),
        (("en", "@abc"), "public name (@name)"),
        (("de", "@mfa_news_de"), "does not publish in this language"),
        (("xx", "@mfa_news_en"), "Select a valid choice"),
    ],
)
def test_bad_channels_are_refused_with_a_message(tree, admin_client, row, message):
    answer = admin_client.post(settings_url(tree.site), channels_form(row))
    assert answer.status_code == 200
    assert message in answer.content.decode()
    assert not TelegramChannel.objects.exists()


def test_two_channels_for_one_language_are_refused(tree, admin_client):
    answer = admin_client.post(
        settings_url(tree.site), channels_form(("en", "@mfa_news_en"), ("en", "@mfa_other"))
    )
    assert answer.status_code == 200
    assert "This language has a channel already." in answer.content.decode()
    assert not TelegramChannel.objects.exists()


def test_the_report_shows_each_post_its_status_reason_and_message(
    tree, channels, bot_api, admin_client
):
    bot_api.fail(400, "Bad Request: chat not found")
    publish(tree.section("politics"), "Press briefing")
    publish(tree.section("politics", "ru"), "Брифинг")
    sending.send_round()
    page = admin_client.get("/admin/telegram-posts/")
    assert page.status_code == 200
    content = page.content.decode()
    assert "Press briefing" in content and "Брифинг" in content
    assert "400: Bad Request: chat not found" in content
    assert "https://t.me/c/1234567890/1" in content
    export = admin_client.get("/admin/telegram-posts/?export=csv")
    assert "Press briefing" in b"".join(export.streaming_content).decode()
    failed = admin_client.get("/admin/telegram-posts/results/?status=failed")
    assert "Press briefing" in failed.content.decode()
    assert "Брифинг" not in failed.content.decode()


def test_the_report_says_when_no_token_is_set(tree, admin_client):
    with override_settings(HABAR_TELEGRAM_BOT_TOKEN=""):
        page = admin_client.get("/admin/telegram-posts/")
    assert "HABAR_TELEGRAM_BOT_TOKEN is not set" in page.content.decode()


def test_an_editor_sees_the_posts_of_their_sites_only(tree, channels, bot_api, django_user_model):
    publish(tree.section("politics"), "Press briefing")
    editor = django_user_model.objects.create_user("editor", password="x" * 16)
    group = Group.objects.create(name="Newsroom")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client = verified_login(Client(headers={"Accept-Language": "en"}), editor)
    assert client.get("/admin/telegram-posts/").status_code == 302  # no site: refused
    GroupPagePermission.objects.create(group=group, page=tree.homes["en"], permission_type="change")
    page = client.get("/admin/telegram-posts/")
    assert page.status_code == 200 and "Press briefing" in page.content.decode()
    assert client.get(settings_url(tree.site)).status_code == 302  # settings: administrators


def test_message_links():
    assert message_url(Post(chat="@mfa_news_en", message_id=7)) == "https://t.me/mfa_news_en/7"
    assert message_url(Post(chat="-1001234567890", message_id=7)) == "https://t.me/c/1234567890/7"
    assert message_url(Post(chat="12345", message_id=7)) is None
    assert message_url(Post(chat="@mfa_news_en")) is None
