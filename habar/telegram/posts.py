"""Which articles are posted, and what a post says.

An article's first publish on a site with an enabled channel in its language is noted in
the request (one queued Post); the worker sends it (habar.telegram.sending). The rule of
what is news is the e-mail alerts' (habar.subscriptions.alerts): nothing for drafts or
previews, for a re-publish or an edit of a live article, for an old article published late,
or twice for one article. A syndicated copy is an article of the embassy's own: its first
publish goes to the embassy's channel in its language, once.
"""

import logging
import mimetypes
import os
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from habar.news.images import SHARE_SPEC
from habar.subscriptions.alerts import is_first_publish

from . import text
from .models import Post, TelegramChannel

logger = logging.getLogger(__name__)


def note_publish(article):
    """Queue the post of `article` if this is its first publish and it has a channel: at
    most three queries in the publish (its locale, its channel, one INSERT that a post
    already there leaves alone)."""
    if not settings.HABAR_TELEGRAM_BOT_TOKEN or not is_first_publish(article):
        return
    url_parts = article.get_url_parts()  # the site's id, from Wagtail's cached root paths
    if url_parts is None:
        return
    site_id, language = url_parts[0], article.locale.language_code
    channel = TelegramChannel.for_article(site_id, language)
    if channel is not None:
        post = Post(article_id=article.pk, site_id=site_id, language=language, chat=channel.chat)
        Post.objects.bulk_create([post], ignore_conflicts=True)


@dataclass
class Request:
    """A Bot API call: its method and body (json=, or data= and files= for an upload)."""

    method: str
    body: dict = field(default_factory=dict)


def share_image(article):
    """The article's lead image as shared on social networks: (name, bytes, type) or None."""
    if article.lead_image is None:
        return None
    try:
        rendition = article.lead_image.get_rendition(SHARE_SPEC)
        with rendition.file.open("rb") as handle:
            content = handle.read()
    except OSError as error:  # the file is gone from storage: the post goes without it
        logger.warning("No image for the post of article %s: %s", article.pk, error)
        return None
    name = os.path.basename(rendition.file.name)
    return name, content, mimetypes.guess_type(name)[0] or "application/octet-stream"


def request_for(post):
    """The call that posts `post`: a photo with a caption, or a message with a link preview.

    The photo is uploaded rather than named by its address, so that a site Telegram cannot
    reach (an intranet, a test) and private media storage work alike.
    """
    article = post.article
    with translation.override(post.language):
        link_label = _("Read the article")
    lead = article.summary or article.search_description
    url = article.get_full_url()
    chat = {"chat_id": post.chat, "parse_mode": "HTML"}
    photo = share_image(article)
    if photo is not None:
        caption = text.compose(article.title, lead, url, link_label, text.CAPTION_LIMIT)
        return Request(
            "sendPhoto", {"data": chat | {"caption": caption}, "files": {"photo": photo}}
        )
    message = text.compose(article.title, lead, url, link_label, text.MESSAGE_LIMIT)
    return Request("sendMessage", {"json": chat | {"text": message}})
