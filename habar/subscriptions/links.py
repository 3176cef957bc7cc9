"""The signed links of a subscription (confirm, manage, unsubscribe) and the site it is on.

Each link carries the subscription's secret token signed for one purpose: a confirmation
link cannot be turned into a manage link, and nothing without SECRET_KEY can make one.
"""

from django.core import signing
from django.urls import reverse
from django.utils import translation

from habar.sites.models import SiteSettings
from habar.sites.routing import site_homes

from .models import Subscription

PURPOSES = ("confirm", "manage", "unsubscribe")


def _signer(purpose):
    return signing.Signer(salt=f"habar.subscriptions.{purpose}")


def key_for(subscription, purpose):
    return _signer(purpose).sign(subscription.token)


def subscription_for(key, purpose):
    """The subscription a link's key names, or None (a bad or stale key)."""
    try:
        token = _signer(purpose).unsign(key)
    except signing.BadSignature:
        return None
    return Subscription.objects.select_related("site").filter(token=token).first()


def full_url(site, path):
    return site.root_url.rstrip("/") + path


def link(subscription, purpose):
    """The absolute address of the subscription's link for `purpose`, in its language."""
    with translation.override(subscription.language):
        path = reverse(f"subscriptions:{purpose}", args=[key_for(subscription, purpose)])
    return full_url(subscription.site, path)


def site_name(site, language):
    """The site's name as readers of `language` see it: its home page's title there."""
    home = site_homes(site).get(language)
    if home is not None and home.title:
        return home.title
    return SiteSettings.for_site(site).name or site.site_name or site.hostname
