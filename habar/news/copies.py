"""Copies of a page kept on other sites: what syndicated articles and consular services share.

A copy is a page of its origin's type with `syndicated_from` set, in a place of another
site's tree (an embassy's section, a mission's services index), one per language the page
and the site share. It takes over the origin's content each time the origin is published,
keeps its own place and slug, names the origin as its canonical page, and goes down with
it. The copies on one site are translations of each other under a translation_key of their
own, so that site's language switcher joins them.

The site chose to carry the page: its copies follow whoever publishes the origin, a
publisher with no rights on that site's pages included (their revisions name that
publisher). A page type's rules (which fields follow, where its copies go, who carries it)
are a subclass of `Copies`; `syndication.py` here and in habar.consular hold them.
"""

from django.db.models.signals import pre_delete
from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail.signals import page_unpublished


class SyndicatedPage:
    """What a copy shows the world of its origin (mixed into a page type that has a
    `syndicated_from` key to itself, related_name "syndicated_copies")."""

    def canonical_url(self, request=None):
        """A copy points search engines at its origin."""
        origin = self.syndicated_from if self.syndicated_from_id else self
        return origin.get_full_url(request=request)

    def get_sitemap_urls(self, request=None):
        # A copy's canonical address is its origin's: sitemaps list canonical URLs only.
        if self.syndicated_from_id:
            return []
        return super().get_sitemap_urls(request)


class Copies:
    """How the copies of one page type are made and kept: subclasses set `model` and
    `synced_fields`, and override the hooks where their page type differs."""

    model = None
    # Content that follows the origin; a copy's schedule, place, slug and fields not
    # named here stay its own.
    synced_fields = ()

    def copy_content(self, origin, copy):
        for name in self.synced_fields:
            setattr(copy, name, getattr(origin, name))

    def free_slug(self, place, slug):
        return find_available_slug(place, slug)

    def language_taken(self, translation_key, locale):
        # A site may have translated a copy itself: its own text keeps that language.
        return Page.objects.filter(translation_key=translation_key, locale=locale).exists()

    def copy_in(self, place, source):
        """The copy of `source` in `place`, or None."""
        return self.model.objects.child_of(place).filter(syndicated_from=source).first()

    def publish_copy(
        self, source, place, copy, translation_key, user=None, schedule=None, follow=True
    ):
        """Create (when `copy` is None) or update the copy of `source` in `place`, and
        publish it: with `schedule` ((go_live_at, expire_at); None leaves the copy's own)
        naming a future go-live, schedule it. Returns the copy, or None when the site has a
        text of its own in that language. `follow`: see `publish`."""
        new = copy is None
        if new:
            if self.language_taken(translation_key, place.locale):
                return None
            copy = self.model(
                slug=self.free_slug(place, source.slug),
                locale=place.locale,
                syndicated_from=source,
                translation_key=translation_key,
                live=False,
            )
        self.copy_content(source, copy)
        if schedule is not None:
            copy.go_live_at, copy.expire_at = schedule
        if new:
            place.add_child(instance=copy)
        self.publish(copy, user, follow=follow)
        copy.refresh_from_db()  # the publish saved the revision's instance: read live etc. back
        return copy

    def publish(self, copy, user=None, follow=True):
        """A revision of `copy`, published. `follow`: the copy follows its origin (see the
        module's note), not a choice of `user`'s, whose permissions then are not asked."""
        revision = copy.save_revision(user=user, log_action=True)
        revision.publish(user=user, skip_permission_checks=follow)

    def take_down_copies(self, origin, user=None):
        """Unpublish the copies of `origin` alone: its translations' copies stay up."""
        for copy in origin.syndicated_copies.filter(live=True):
            copy.unpublish(user=user, log_action=True)

    def connect_signals(self):
        """Copies go down with their origin: unpublished, or deleted (then they stay behind
        as drafts for their site's editors, no longer served)."""
        uid = f"habar-copies-{self.model._meta.label_lower}"
        page_unpublished.connect(self.origin_gone, sender=self.model, dispatch_uid=uid)
        pre_delete.connect(self.origin_gone, sender=self.model, dispatch_uid=uid)

    def origin_gone(self, sender, instance, **kwargs):
        self.take_down_copies(instance)
