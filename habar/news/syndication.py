"""Ministry articles published on embassy sites (what all copies share: copies.py).

A copy is an ArticlePage in an embassy section with `syndicated_from` set: it has its own
go-live and expiry, set when an editor syndicates the article, appears in that site's lists
and feeds like any article, carries a canonical link to the origin, and takes over the
origin's content, tags and published changes each time the origin is published.
Unpublishing or deleting the origin takes the copies down.

An article travels with its translations: syndicating it sends one copy per language that
both the article and the embassy publish, each into that language's translation of the
chosen section. The copies on one embassy are translations of each other under a
translation_key of their own (the origin's belongs to the ministry's pages), so the
embassy's language switcher and hreflang links join them, while each copy's canonical
link names the origin translation it copies. A translation of the origin published later
follows to every embassy that carries the article and publishes its language; taking one
translation down takes down that language's copies only.
"""

import uuid
from collections import defaultdict

from django.db import transaction
from django.utils import timezone

from habar.sites.models import SiteSettings

from .copies import Copies
from .models import ArticleChange, ArticleIndexPage, ArticlePage


class ArticleCopies(Copies):
    model = ArticlePage
    synced_fields = [
        "title",
        "draft_title",
        "seo_title",
        "search_description",
        "publication_date",
        "summary",
        "lead_image",
        "lead_image_alt",
        "body",
    ]

    def copy_content(self, origin, copy):
        super().copy_content(origin, copy)
        copy.tags.set(origin.tags.all())
        # A copy shows its origin's published updates and corrections, and no others.
        copy.changes = [
            ArticleChange(kind=change.kind, note=change.note, date=change.date, sort_order=order)
            for order, change in enumerate(origin.published_changes())
        ]


article_copies = ArticleCopies()


def origin_translations(origin):
    """{language code: page} for `origin` and its live translations (copies never count)."""
    pages = (
        ArticlePage.objects.filter(
            translation_key=origin.translation_key, syndicated_from__isnull=True
        )
        .live()
        .select_related("locale")
    )
    found = {origin.locale.language_code: origin}
    for page in pages.order_by("locale__language_code"):
        found.setdefault(page.locale.language_code, page)
    return found


def site_languages(section):
    """The languages the site holding `section` publishes (none for a page of no site)."""
    site = section.get_site()
    return set(SiteSettings.for_site(site).languages) if site else set()


def section_in(section, locale):
    """`section` itself in its own locale, else its live translation into `locale`, or None."""
    if section.locale_id == locale.pk:
        return section
    return (
        ArticleIndexPage.objects.live()
        .filter(translation_key=section.translation_key, locale=locale)
        .first()
    )


def syndicate(origin, section, go_live_at=None, expire_at=None, user=None):
    """Publish `origin` and its translations on the embassy site of `section` (see
    `syndicate_translations`); return the copy of `origin` itself, or None when the embassy
    does not publish its language."""
    copies = syndicate_translations(origin, section, go_live_at, expire_at, user)
    return copies.get(origin.locale.language_code)


@transaction.atomic
def syndicate_translations(origin, section, go_live_at=None, expire_at=None, user=None):
    """Publish `origin` on the embassy site of `section`, in each language both publish.

    Each language's copy goes into that language's translation of `section`, with a future
    `go_live_at` scheduled until then. Returns the copies by language code: none when the
    embassy publishes none of the article's languages.
    """
    languages = site_languages(section)
    targets = {}
    for code, source in origin_translations(origin).items():
        place = section_in(section, source.locale) if code in languages else None
        if place is not None:
            targets[code] = (source, place, article_copies.copy_in(place, source))
    existing = [copy for _source, _place, copy in targets.values() if copy is not None]
    key = existing[0].translation_key if existing else uuid.uuid4()
    schedule = (go_live_at, expire_at)
    published = {}
    for code, (source, place, copy) in targets.items():
        copy = article_copies.publish_copy(source, place, copy, key, user, schedule, follow=False)
        if copy is not None:
            published[code] = copy
    return published


def copies_of_translations(origin):
    """The copies of `origin` and of each of its translations, on every embassy."""
    return ArticlePage.objects.filter(syndicated_from__translation_key=origin.translation_key)


def follow_origin(origin, copies, user=None):
    """`origin` was published: its copies take over its content, and embassies carrying a
    translation of it but not yet this language receive it (see `copies_of_translations`)."""
    sync_copies(origin, user=user, copies=[c for c in copies if c.syndicated_from_id == origin.pk])
    groups = defaultdict(list)
    for copy in copies:
        groups[copy.translation_key].append(copy)
    for key, group in groups.items():
        if not any(copy.syndicated_from_id == origin.pk for copy in group):
            follow_to_embassy(origin, key, group, user)


def sibling_schedule(group):
    """(go_live_at, expire_at) for a new copy joining `group`, or None when the embassy has
    none of them live or scheduled any more (it took the article down)."""
    now = timezone.now()
    for copy in group:
        if copy.live:
            return None, copy.expire_at
    for copy in group:
        if copy.go_live_at and copy.go_live_at > now:
            return copy.go_live_at, copy.expire_at
    return None


def follow_to_embassy(origin, key, group, user):
    """Send the new translation `origin` to the embassy holding the copies in `group`."""
    schedule = sibling_schedule(group)
    if schedule is None:
        return None
    place = section_in(group[0].get_parent(), origin.locale)
    if place is None or origin.locale.language_code not in site_languages(place):
        return None
    with transaction.atomic():
        return article_copies.publish_copy(origin, place, None, key, user, schedule)


def sync_copies(origin, user=None, copies=None):
    """Bring every copy up to the origin's newly published content; a copy its embassy took
    down (neither live nor scheduled) keeps it as a draft."""
    for copy in origin.syndicated_copies.all() if copies is None else copies:
        article_copies.copy_content(origin, copy)
        if copy.live or (copy.go_live_at and copy.go_live_at > timezone.now()):
            article_copies.publish(copy, user)
        else:
            copy.save_revision(user=user, log_action=True)
