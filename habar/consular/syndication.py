"""A ministry service offered by chosen missions, copied to their sites as articles are
(what all copies share: habar.news.copies).

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

from habar.news.copies import Copies
from habar.sites.models import SiteSettings

from .models import ServiceIndexPage, ServicePage


class ServiceCopies(Copies):
    model = ServicePage
    # Not `mission_fees` nor `mission_notes`: the mission's own.
    synced_fields = [
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

    def free_slug(self, place, slug):
        taken = set(Page.objects.child_of(place).values_list("slug", flat=True))
        candidate, number = slug, 1
        while candidate in taken:
            number += 1
            candidate = f"{slug}-{number}"
        return candidate


service_copies = ServiceCopies()


def copy_translation_key(origin, site):
    # The same on one site for every translation of the service: no lookup of siblings.
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


@transaction.atomic
def offer(origin, index, user=None):
    """Publish (or bring up to date) the copy of `origin` in the services index `index`;
    None when the mission has a text of its own in that language."""
    copy = service_copies.copy_in(index, origin)
    key = copy.translation_key if copy else copy_translation_key(origin, index.get_site())
    return service_copies.publish_copy(origin, index, copy, key, user)


def sync_copies(origin, user=None):
    """Copies on the origin's chosen missions, up to date; none anywhere else."""
    own_index = origin.get_parent()
    kept = []
    for site in origin.missions.all():
        index = mission_index(site, origin.locale)
        if index is not None and index.pk != own_index.pk:
            copy = offer(origin, index, user=user)
            if copy is not None:
                kept.append(copy.pk)
    for copy in origin.syndicated_copies.live().exclude(pk__in=kept):
        copy.unpublish(user=user, log_action=True)
