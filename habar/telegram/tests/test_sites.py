"""Posts across sites (a syndicated copy on a German embassy), and the worker's loop."""

import pytest

from habar.news.syndication import syndicate
from habar.subscriptions.tests.test_alerts_by_smtp import publish
from habar.subscriptions.tests.test_sites_and_admin import berlin  # noqa: F401 (a fixture)
from habar.telegram import sending
from habar.telegram.models import Post
from habar.worker import loop, rounds

from .conftest import add_channels

pytestmark = pytest.mark.both_engines


def test_a_syndicated_copy_goes_to_the_embassys_channel_once(tree, berlin, channels, bot_api):  # noqa: F811
    site, sections = berlin
    add_channels(site, de="@botschaft_berlin", en="@embassy_berlin_en")
    origin = publish(tree.section("politics"), "Ministry statement")
    syndicate(origin, sections["en"])
    assert sending.send_round() == 2
    chats = sorted(call.fields["chat_id"] for call in bot_api.posts)
    assert chats == ["@embassy_berlin_en", "@mfa_news_en"]
    (embassy,) = [call for call in bot_api.posts if call.fields["chat_id"] == "@embassy_berlin_en"]
    assert 'href="http://berlin.localhost/en/aktuell/ministry-statement/"' in embassy.fields["text"]

    origin.save_revision().publish()  # an edit: the copy follows, no channel is told again
    assert sending.send_round() == 0
    assert len(bot_api.calls) == 2 and Post.objects.count() == 2


def test_a_german_article_is_posted_in_german(berlin, bot_api):  # noqa: F811
    site, sections = berlin
    add_channels(site, de="@botschaft_berlin")
    publish(sections["de"], "Neue Visaregeln")
    publish(sections["en"], "New visa rules")  # no English channel on this site
    assert sending.send_round() == 1
    (call,) = bot_api.posts
    assert call.fields["chat_id"] == "@botschaft_berlin"
    assert call.fields["text"].endswith(">Artikel lesen</a>")


def test_the_worker_loop_runs_the_telegram_round(tree, channels, bot_api, monkeypatch):
    # The test's transaction is the loop's connection: it must not be closed under it.
    monkeypatch.setattr(loop, "close_old_connections", lambda: None)
    publish(tree.section("politics"), "Sent by the loop")
    assert "telegram" in rounds.ROUNDS
    loop.Worker(schedule_every=3600, flush_every=3600).tick()
    assert len(bot_api.posts) == 1
    assert Post.objects.get().status == Post.SENT
