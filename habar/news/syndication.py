"""Ministry articles published on embassy sites.

A copy is an ArticlePage in an embassy section with `syndicated_from` set: it has its own
go-live and expiry, appears in that site's lists and feeds like any article, carries a
canonical link to the origin, and takes over the origin's content each time the origin is
published. Unpublishing or deleting the origin takes the copies down.
"""

from django.db import transaction
from django.utils import timezone

from .models import ArticlePage

# Content that follows the origin; a copy's schedule, place and slug stay its own.
SYNCED_FIELDS = [
    "title",
    "draft_title",
    "seo_title",
    "search_description",
    "publication_date",
    "summary",
    "lead_image",
    "lead_image_alt",
    "body",
    "corrections",
]


def copy_content(origin, copy):
    for name in SYNCED_FIELDS:
        setattr(copy, name, getattr(origin, name))


@transaction.atomic
def syndicate(origin, section, go_live_at=None, expire_at=None, user=None):
    """Publish `origin` in `section` of an embassy site; return the copy.

    With a future `go_live_at` the copy is scheduled, not live, until then.
    """
    copy = ArticlePage.objects.child_of(section).filter(syndicated_from=origin).first()
    if copy is None:
        copy = ArticlePage(
            slug=origin.slug, locale=section.locale, syndicated_from=origin, live=False
        )
        copy_content(origin, copy)
        copy.go_live_at, copy.expire_at = go_live_at, expire_at
        section.add_child(instance=copy)
    else:
        copy_content(origin, copy)
        copy.go_live_at, copy.expire_at = go_live_at, expire_at
    copy.tags.set(origin.tags.all())
    copy.save_revision(user=user, log_action=True).publish(user=user)
    return copy


def sync_copies(origin, user=None):
    """Bring every copy up to the origin's newly published content."""
    for copy in origin.syndicated_copies.all():
        copy_content(origin, copy)
        copy.tags.set(origin.tags.all())
        revision = copy.save_revision(user=user, log_action=True)
        scheduled = copy.go_live_at and copy.go_live_at > timezone.now()
        if copy.live or scheduled:
            revision.publish(user=user)


def take_down_copies(origin, user=None):
    for copy in origin.syndicated_copies.filter(live=True):
        copy.unpublish(user=user, log_action=True)
