"""A ministry service offered by chosen missions, copied to their sites as articles are.

The origin's `missions` name the sites. Publishing the origin puts a copy in each of those
sites' services index in the origin's language (where the site publishes in it), brings the
copies up to the origin's content, and takes down the copies of sites no longer chosen. A
copy's own fees and notes (`mission_fees`, `mission_notes`) are its mission's: never
overwritten. The copies of one service on one site, in its languages, are translations of
each other, so the language switcher goes from one to the other.
"""

import uuid

from django.db import transaction
from wagtail.models import Page

from habar.sites.models import SiteSettings

from .models import ServiceIndexPage, ServicePage

# Content that follows the origin; a copy's place, slug, fees and notes of its own stay.
SYNCED_FIELDS = [
    "title",
    "draft_title",
    "seo_title",
    "search_description",
    "summary",
    "eligibility",
    "documents",
    "fees",
    "processing_time",
    "steps",
    "forms",
    "last_reviewed",
]


def copy_content(origin, copy):
    for name in SYNCED_FIELDS:
        setattr(copy, name, getattr(origin, name))


def copy_translation_key(origin, site):
    return uuid.uuid5(origin.translation_key, f"site:{site.pk}")


def mission_index(site, locale):
    """The site's services index in `locale`'s language, if the site publishes in it."""
    if locale.language_code not in SiteSettings.for_site(site).languages:
        return None
    home = Page.objects.filter(
        translation_key=site.root_page.translation_key, locale=locale
    ).first()
    if home is None:
        return None
    return ServiceIndexPage.objects.child_of(home).first()


def free_slug(index, slug):
    taken = set(Page.objects.child_of(index).values_list("slug", flat=True))
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


@transaction.atomic
def offer(origin, index, user=None):
    """Publish (or bring up to date) the copy of `origin` in the services index `index`."""
    copy = ServicePage.objects.child_of(index).filter(syndicated_from=origin).first()
    if copy is None:
        copy = ServicePage(
            slug=free_slug(index, origin.slug),
            locale=index.locale,
            translation_key=copy_translation_key(origin, index.get_site()),
            syndicated_from=origin,
            live=False,
        )
        copy_content(origin, copy)
        index.add_child(instance=copy)
    else:
        copy_content(origin, copy)
    copy.save_revision(user=user, log_action=True).publish(user=user)
    return copy


def sync_copies(origin, user=None):
    """Copies on the origin's chosen missions, up to date; none anywhere else."""
    own_index = origin.get_parent()
    kept = []
    for site in origin.missions.all():
        index = mission_index(site, origin.locale)
        if index is not None and index.pk != own_index.pk:
            kept.append(offer(origin, index, user=user).pk)
    for copy in origin.syndicated_copies.live().exclude(pk__in=kept):
        copy.unpublish(user=user, log_action=True)


def take_down_copies(origin, user=None):
    for copy in origin.syndicated_copies.live():
        copy.unpublish(user=user, log_action=True)
