"""The e-mails a subscriber receives, each in their language with the site's name: a plain
text part and an HTML part, and on alerts the one-click unsubscribe headers (RFC 8058)."""

from email.utils import formataddr, parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

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


def common_context(subscription):
    return {
        "site_name": links.site_name(subscription.site, subscription.language),
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


def alert(subscription, article, connection=None):
    with translation.override(subscription.language):
        context = common_context(subscription) | {
            "article": article,
            "article_url": article.get_full_url(),
            "lead": article.summary or article.search_description,
        }
        headers = {
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
        subject = f"{article.title} · {context['site_name']}"
        return build(subscription, "alert", subject, context, headers, connection)
