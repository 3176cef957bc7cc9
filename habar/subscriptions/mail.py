"""The e-mails a subscriber receives, each in their language with the site's name: a plain
text part and an HTML part, and on alerts and digests the one-click unsubscribe headers
(RFC 8058).

`memo`, a dict kept for a round, holds what every message of a batch shares (the site's
name in a language, an article's address): it is worked out once, not per subscriber."""

from email.utils import formataddr, parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import links


def sender(site_name):
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    return formataddr((site_name or name, address))


def build(subscription, template, subject, context, headers=None, connection=None):
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"subscriptions/email/{template}.txt", context),
        from_email=sender(context["site_name"]),
        to=[subscription.email],
        headers=headers or {},
        connection=connection,
    )
    message.attach_alternative(
        render_to_string(f"subscriptions/email/{template}.html", context), "text/html"
    )
    return message


def remembered(memo, key, make):
    if memo is None:
        return make()
    if key not in memo:
        memo[key] = make()
    return memo[key]


def common_context(subscription, memo=None):
    site, language = subscription.site, subscription.language
    return {
        "site_name": remembered(
            memo, ("site", site.pk, language), lambda: links.site_name(site, language)
        ),
        "manage_url": links.link(subscription, "manage"),
        "unsubscribe_url": links.link(subscription, "unsubscribe"),
        "language": subscription.language,
        "bidi": translation.get_language_info(subscription.language)["bidi"],
    }


def confirmation(subscription, connection=None):
    with translation.override(subscription.language):
        context = common_context(subscription) | {
            "confirm_url": links.link(subscription, "confirm"),
            "confirmed": subscription.confirmed_at is not None,
        }
        subject = _("Confirm your subscription to %(site)s") % {"site": context["site_name"]}
        return build(subscription, "confirm", subject, context, connection=connection)


def unsubscribe_headers(context):
    return {
        "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def article_url(article, memo=None):
    return remembered(memo, ("url", article.pk), article.get_full_url)


def alert(subscription, article, connection=None, memo=None):
    with translation.override(subscription.language):
        context = common_context(subscription, memo) | {
            "article": article,
            "article_url": article_url(article, memo),
            "lead": article.summary or article.search_description,
        }
        subject = f"{article.title} · {context['site_name']}"
        headers = unsubscribe_headers(context)
        return build(subscription, "alert", subject, context, headers, connection)


def digest(subscription, articles, connection=None, memo=None):
    """The daily digest: the articles (oldest first), each with its lead and link."""
    with translation.override(subscription.language):
        context = common_context(subscription, memo) | {
            "articles": [
                {
                    "title": article.title,
                    "url": article_url(article, memo),
                    "lead": article.summary or article.search_description,
                }
                for article in articles
            ],
        }
        subject = ngettext(
            "New on %(site)s: %(count)d article",
            "New on %(site)s: %(count)d articles",
            len(articles),
        ) % {"site": context["site_name"], "count": len(articles)}
        headers = unsubscribe_headers(context)
        return build(subscription, "digest", subject, context, headers, connection)
