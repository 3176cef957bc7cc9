"""The worker's round of Telegram posts (habar.worker.rounds): send the posts that are due,
at most HABAR_TELEGRAM_RATE a second, each recorded: sent with the message's id, or failed
with the reason.

A temporary failure (habar.telegram.bot) leaves the post queued: after Telegram's
`retry_after` for a 429, else after HABAR_TELEGRAM_RETRY_SECONDS, doubling, in all
HABAR_TELEGRAM_ATTEMPTS times; it also ends the round, as the bot is throttled or Telegram
in trouble. A permanent one fails the post at once.

Never twice: a post is claimed (queued → sending, one conditional UPDATE) just before its
call, and recorded just after. If the worker dies in between, the post stays "sending";
a round finding it so after CLAIM_SECONDS fails it as interrupted rather than send it
again, as it does a call that got no answer: the Bot API cannot tell whether a message was
posted, and a missing post is found and made good by an editor, a double one is public.
"""

import logging
from datetime import timedelta

import requests
from django.conf import settings
from django.utils import timezone

from habar.subscriptions.sending import Pace

from .bot import Bot, Failure
from .models import Post
from .posts import request_for

logger = logging.getLogger(__name__)
# Far longer than a call may take (bot.TIMEOUT): a claim older than this was interrupted.
CLAIM_SECONDS = 600


def due_posts(limit):
    return (
        Post.objects.filter(status=Post.QUEUED, next_attempt_at__lte=timezone.now())
        .select_related("article__lead_image", "site")
        .order_by("next_attempt_at", "pk")[:limit]
    )


def claim(post):
    """Take `post` to send it; False when another worker took it first."""
    post.claimed_at = timezone.now()
    taken = Post.objects.filter(pk=post.pk, status=Post.QUEUED).update(
        status=Post.SENDING, claimed_at=post.claimed_at
    )
    return taken == 1


def fail_interrupted():
    cutoff = timezone.now() - timedelta(seconds=CLAIM_SECONDS)
    stale = Post.objects.filter(status=Post.SENDING, claimed_at__lt=cutoff)
    return stale.update(status=Post.FAILED, reason=Post.INTERRUPTED)


def record_sent(post, result):
    post.status, post.sent_at, post.reason = Post.SENT, timezone.now(), ""
    post.message_id = result.get("message_id")
    post.attempts += 1
    post.save(update_fields=["status", "sent_at", "reason", "message_id", "attempts"])


def record_failure(post, failure):
    post.attempts += 1
    post.reason = Post.NO_ANSWER if failure.unknown else failure.reason
    if failure.temporary and post.attempts < settings.HABAR_TELEGRAM_ATTEMPTS:
        backoff = settings.HABAR_TELEGRAM_RETRY_SECONDS * 2 ** (post.attempts - 1)
        post.next_attempt_at = timezone.now() + timedelta(seconds=failure.retry_after or backoff)
        post.status = Post.QUEUED
    else:
        post.status = Post.FAILED
    post.save(update_fields=["attempts", "reason", "next_attempt_at", "status"])


def send_one(bot, post):
    """Send one post; False when Telegram failed for now and the round should end."""
    if not post.article.live:
        post.status, post.reason = Post.FAILED, Post.WITHDRAWN
        post.save(update_fields=["status", "reason"])
        return True
    try:
        request = request_for(post)  # before the claim: only the call itself is at risk
    except Exception as error:  # a post that cannot be made fails alone, not the round
        logger.exception("Telegram post %s cannot be made", post.pk)
        post.status, post.reason = Post.FAILED, f"{type(error).__name__}: {error}"[:1000]
        post.save(update_fields=["status", "reason"])
        return True
    if not claim(post):
        return True
    try:
        result = bot.call(request.method, **request.body)
    except Failure as failure:
        logger.warning("Telegram post %s to %s failed: %s", post.pk, post.chat, failure.reason)
        record_failure(post, failure)
        return not failure.temporary
    record_sent(post, result)
    return True


def send_round():
    """Send the posts that are due; return the number sent. Nothing without a bot token."""
    token = settings.HABAR_TELEGRAM_BOT_TOKEN
    if not token:
        return 0
    fail_interrupted()
    rate = settings.HABAR_TELEGRAM_RATE
    budget = max(1, int(rate * settings.HABAR_TELEGRAM_ROUND_SECONDS))
    pace, sent = Pace(rate), 0
    with requests.Session() as session:
        bot = Bot(token, settings.HABAR_TELEGRAM_API_URL, session)
        for post in due_posts(budget):
            pace.wait()
            if not send_one(bot, post):
                break
            sent += post.status == Post.SENT
    if sent:
        logger.info("Sent %d Telegram post(s)", sent)
    return sent
