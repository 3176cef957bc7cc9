"""Publish, and the site's channel in the article's language receives it once, through a
Bot API stand-in speaking HTTP in the test process."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from habar.news.models import ArticlePage
from habar.subscriptions.tests.test_alerts_by_smtp import publish
from habar.telegram import posts, sending
from habar.telegram.models import Post

from .conftest import TOKEN

pytestmark = pytest.mark.both_engines


def due_now():
    """Bring every queued post's next attempt forward, as the waiting would."""
    Post.objects.filter(status=Post.QUEUED).update(next_attempt_at=timezone.now())


def test_a_first_publish_is_posted_to_the_channel_of_its_language(tree, channels, bot_api):
    article = publish(tree.section("politics"), "Talks in Geneva & <Vienna>")
    publish(tree.section("politics", "ru"), "Переговоры в Женеве")
    publish(tree.section("politics", "tk"), "Ženewadaky gepleşikler")  # no Turkmen channel
    assert sending.send_round() == 2
    english, russian = bot_api.posts
    assert english.method == russian.method == "sendMessage"
    assert (english.fields["chat_id"], russian.fields["chat_id"]) == (
        "@mfa_news_en",
        "-1001234567890",
    )
    assert english.fields["parse_mode"] == "HTML"
    assert english.fields["text"] == (
        "<b>Talks in Geneva &amp; &lt;Vienna&gt;</b>\n\n"
        "The lead of Talks in Geneva &amp; &lt;Vienna&gt;.\n\n"
        f'<a href="{article.get_full_url()}">Read the article</a>'
    )
    assert 'href="http://testserver/ru/politics/' in russian.fields["text"]
    assert ">Читать статью</a>" in russian.fields["text"]
    post = Post.objects.get(article=article)
    assert (post.status, post.message_id, post.attempts) == (Post.SENT, 1, 1)
    assert post.sent_at is not None and post.reason == ""
    assert Post.objects.count() == 2


def test_re_publish_edits_drafts_and_old_articles_post_nothing(tree, channels, bot_api):
    article = publish(tree.section("politics"), "Visa rules")
    assert sending.send_round() == 1
    article.title = "Visa rules (updated)"
    article.save_revision().publish()  # a re-publish
    article.save_revision()  # a draft of the live article (a minor edit not yet published)
    draft = ArticlePage(title="A draft", live=False)
    tree.section("politics").add_child(instance=draft)
    draft.save_revision()
    publish(
        tree.section("economy"),
        "From the archive",
        publication_date=timezone.now().replace(year=2019),
    )
    assert sending.send_round() == 0
    assert len(bot_api.calls) == 1 and Post.objects.count() == 1


def test_a_429_waits_retry_after_then_posts_once(tree, channels, bot_api):
    bot_api.fail(429, "Too Many Requests: retry after 7", retry_after=7)
    first = publish(tree.section("politics"), "Consular hours")
    publish(tree.section("economy"), "Trade figures")
    before = timezone.now()
    assert sending.send_round() == 0  # the round ends: the bot is throttled
    assert len(bot_api.calls) == 1
    post = Post.objects.get(article=first)
    assert (post.status, post.attempts) == (Post.QUEUED, 1)
    assert post.reason.startswith("429: Too Many Requests")
    assert post.next_attempt_at >= before + timezone.timedelta(seconds=7)
    assert sending.send_round() == 1  # the other post; this one waits its turn
    due_now()
    assert sending.send_round() == 1
    assert [call.fields["text"].split("</b>")[0] for call in bot_api.posts] == [
        "<b>Trade figures",
        "<b>Consular hours",
    ]
    post.refresh_from_db()
    assert (post.status, post.attempts, post.message_id) == (Post.SENT, 2, 2)


def test_a_400_fails_with_the_reason_and_is_not_retried(tree, channels, bot_api):
    bot_api.fail(400, "Bad Request: chat not found")
    publish(tree.section("politics"), "Press briefing")
    assert sending.send_round() == 0
    due_now()
    assert sending.send_round() == 0 and sending.send_round() == 0
    post = Post.objects.get()
    assert (post.status, post.reason, post.attempts) == (
        Post.FAILED,
        "400: Bad Request: chat not found",
        1,
    )
    assert len(bot_api.calls) == 1 and bot_api.posts == []


def test_a_403_fails_and_the_round_goes_on(tree, channels, bot_api):
    bot_api.fail(403, "Forbidden: bot is not a member of the channel chat")
    publish(tree.section("politics"), "Press briefing")
    publish(tree.section("politics", "ru"), "Брифинг")
    assert sending.send_round() == 1
    assert Post.objects.get(status=Post.FAILED).reason.startswith("403: Forbidden")
    assert [call.fields["chat_id"] for call in bot_api.posts] == ["-1001234567890"]


def test_a_5xx_and_an_unreachable_server_are_retried(tree, channels, bot_api):
    bot_api.fail(502, "Bad Gateway")
    publish(tree.section("politics"), "Press briefing")
    assert sending.send_round() == 0
    with override_settings(HABAR_TELEGRAM_API_URL="http://127.0.0.1:9"):  # nothing listens
        due_now()
        assert sending.send_round() == 0
    post = Post.objects.get()
    assert (post.status, post.attempts) == (Post.QUEUED, 2)
    assert TOKEN not in post.reason and "<token>" in post.reason
    due_now()
    assert sending.send_round() == 1
    assert len(bot_api.posts) == 1


def test_temporary_failures_end_after_the_last_attempt(tree, channels, bot_api):
    publish(tree.section("politics"), "Press briefing")
    with override_settings(HABAR_TELEGRAM_ATTEMPTS=2):
        for _attempt in range(2):
            bot_api.fail(500, "Internal Server Error")
            due_now()
            sending.send_round()
    post = Post.objects.get()
    assert (post.status, post.attempts, post.reason) == (
        Post.FAILED,
        2,
        "500: Internal Server Error",
    )


def test_a_lost_answer_is_not_sent_again(tree, channels, bot_api):
    bot_api.answers.append("drop")  # posted, but the answer never comes back
    publish(tree.section("politics"), "Press briefing")
    assert sending.send_round() == 0
    due_now()
    assert sending.send_round() == 0
    post = Post.objects.get()
    assert (post.status, post.reason) == (Post.FAILED, Post.NO_ANSWER)
    assert "may have reached the channel" in str(post.reason_text)
    assert len(bot_api.posts) == 1


def test_a_post_left_sending_by_a_dead_worker_is_not_sent_again(tree, channels, bot_api):
    publish(tree.section("politics"), "Press briefing")
    long_ago = timezone.now() - timezone.timedelta(seconds=sending.CLAIM_SECONDS + 1)
    Post.objects.update(status=Post.SENDING, claimed_at=long_ago)  # died after claiming
    assert sending.send_round() == 0
    assert Post.objects.get().reason == Post.INTERRUPTED
    assert bot_api.calls == []


def test_a_post_claimed_by_another_worker_is_left_to_it(tree, channels, bot_api, monkeypatch):
    publish(tree.section("politics"), "Press briefing")
    taken = sending.claim
    monkeypatch.setattr(sending, "claim", lambda post: taken(post) and taken(post))
    assert sending.send_round() == 0  # the second claim, another worker's, fails
    assert bot_api.calls == []


def test_a_withdrawn_article_is_not_posted(tree, channels, bot_api):
    article = publish(tree.section("politics"), "Published by mistake")
    article.unpublish()
    assert sending.send_round() == 0
    assert Post.objects.get().reason == Post.WITHDRAWN and bot_api.calls == []


def test_without_a_token_nothing_is_queued_or_sent(tree, channels, bot_api):
    with override_settings(HABAR_TELEGRAM_BOT_TOKEN=""):
        publish(tree.section("politics"), "Press briefing")
        assert sending.send_round() == 0
    assert not Post.objects.exists() and bot_api.calls == []


def test_a_disabled_channel_receives_nothing(tree, channels, bot_api):
    channels.channels.filter(language="en").update(enabled=False)
    publish(tree.section("politics"), "Press briefing")
    assert sending.send_round() == 0 and not Post.objects.exists()


def test_an_article_with_a_lead_image_is_a_photo_with_a_caption(tree, channels, bot_api):
    image = get_image_model().objects.create(title="Delegation", file=get_test_image_file())
    long_lead = "A sentence of the lead that goes on. " * 60  # well over a caption's 1,024
    article = publish(tree.section("politics"), "Talks", lead_image=image, summary=long_lead)
    assert sending.send_round() == 1
    (call,) = bot_api.posts
    assert call.method == "sendPhoto" and call.fields["parse_mode"] == "HTML"
    filename, kind, content = call.files["photo"]
    assert kind == "image/png" and content.startswith(b"\x89PNG")
    caption = call.fields["caption"]
    assert caption.startswith("<b>Talks</b>\n\nA sentence of the lead")
    assert f'…\n\n<a href="{article.get_full_url()}">Read the article</a>' in caption
    assert Post.objects.get().status == Post.SENT


def test_a_post_that_cannot_be_made_fails_alone(tree, channels, bot_api, monkeypatch):
    first = publish(tree.section("politics"), "Unreachable")
    publish(tree.section("politics"), "Press briefing")
    monkeypatch.setattr(
        ArticlePage,
        "get_full_url",
        lambda self, request=None: (
            None if self.pk == first.pk else "http://testserver/en/politics/x/"
        ),
    )
    assert sending.send_round() == 1
    assert Post.objects.get(article=first).status == Post.FAILED
    assert len(bot_api.posts) == 1


def test_noting_a_post_costs_the_publish_a_few_queries(tree, channels, bot_api):
    article = publish(tree.section("politics"), "Press briefing")
    Post.objects.all().delete()
    article = ArticlePage.objects.get(pk=article.pk)
    with CaptureQueriesContext(connection) as queries:
        posts.note_publish(article)
    # The article's locale, its channel, the INSERT (the site comes from Wagtail's cache).
    assert len(queries) == 3, "\n".join(query["sql"][:150] for query in queries)
    posts.note_publish(article)  # again: nothing more, and no error
    assert Post.objects.get().article_id == article.pk
