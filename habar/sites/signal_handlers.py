"""Turn changes of pages, restrictions and sites into "readers' pages changed" for each site.

The page cache, the view counter and the subscriptions listen to habar.core.signals
.pages_changed; they know sites by id only, so the site ids of a page are found here.
"""

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_unpublished, post_page_move

from habar.core.signals import pages_changed

from . import routing
from .models import SiteSettings

# What save_revision() writes on a live page while an editor drafts: readers see none of it.
DRAFT_BOOKKEEPING = {
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
}


def site_ids_holding(url_path):
    """Each site whose tree, in any of its languages, holds the page at `url_path`."""
    # A site's root paths cover its root page and that page's translations.
    return {
        root.site_id for root in Site.get_site_root_paths() if url_path.startswith(root.root_path)
    }


# What Wagtail saves on its own on an image or document (sizes and hashes filled in
# lazily, as a page is rendered): readers see no change.
MEDIA_BOOKKEEPING = {"file_size", "file_hash"}


def page_changed(page, *url_paths, news_only=False):
    site_ids = set().union(*(site_ids_holding(path) for path in url_paths or [page.url_path]))
    pages_changed.send(sender=Page, site_ids=site_ids, news_only=news_only)


def every_site_changed(sender):
    pages_changed.send(sender=sender, site_ids=set(Site.objects.values_list("pk", flat=True)))


def readers_see_save(instance, update_fields):
    """Whether saving this page changes what readers see: a live page's save other than a
    draft's bookkeeping. Publishing saves the page; so do imports, the demo, syndication and
    scheduled go-live."""
    drafting = update_fields is not None and not set(update_fields) - DRAFT_BOOKKEEPING
    return isinstance(instance, Page) and instance.live and not drafting


@receiver(pre_save)
def note_news_publish(sender, instance, **kwargs):
    """Whether this save publishes a news item (a page type with `news_item = True`) where
    it already stood: then only the site's news changes (habar.core.signals), not its
    structure. A page made live in one save, moved or renamed changes the structure."""
    news_item = getattr(instance, "news_item", False)
    if isinstance(instance, Page) and news_item and instance.live and instance.pk:
        stored = (
            Page.objects.filter(pk=instance.pk).values_list("url_path", "last_published_at").first()
        )
        url_path, last_published_at = stored or (None, None)
        # A publish stamps the page anew; a save of an older copy of it does not.
        instance._habar_news_publish = (
            url_path == instance.url_path
            and instance.last_published_at is not None
            and (last_published_at is None or instance.last_published_at > last_published_at)
        )


@receiver(post_save)
def live_page_saved(sender, instance, update_fields=None, **kwargs):
    news_only = instance.__dict__.pop("_habar_news_publish", False)
    if readers_see_save(instance, update_fields):
        page_changed(instance, news_only=news_only)


@receiver(page_unpublished)
def page_unpublished_(sender, instance, **kwargs):
    page_changed(instance)


@receiver(post_delete)
def live_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        page_changed(instance)


@receiver(post_page_move)
def page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    routing.restrictions_changed()  # restricted sections are known by their tree paths
    page_changed(instance, url_path_before, url_path_after)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, **kwargs):
    routing.restrictions_changed()
    page_changed(instance.page)


@receiver(post_save, sender=SiteSettings)
@receiver(post_delete, sender=SiteSettings)
def site_settings_changed(sender, instance, **kwargs):
    routing.sites_changed()
    pages_changed.send(sender=SiteSettings, site_ids={instance.site_id})


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def site_changed(sender, instance, **kwargs):
    routing.sites_changed()
    pages_changed.send(sender=Site, site_ids={instance.pk})


@receiver(post_save, sender=get_image_model())
@receiver(pre_delete, sender=get_image_model())
def site_icon_changed(sender, instance, **kwargs):
    # The cached site settings hold the icon's rendition address: a new file, or none
    # (deleting the image empties the setting by SQL, which sends no signal), changes it.
    site_ids = set(SiteSettings.objects.filter(favicon=instance).values_list("site_id", flat=True))
    if site_ids:
        routing.sites_changed()
        pages_changed.send(sender=SiteSettings, site_ids=site_ids)


@receiver(post_save, sender=get_image_model())
@receiver(post_save, sender=get_document_model())
@receiver(post_delete, sender=get_image_model())
@receiver(post_delete, sender=get_document_model())
def media_changed(sender, instance, created=False, update_fields=None, **kwargs):
    """An image or document edited or deleted: pages show its renditions, address and title
    in parts kept per site structure, on any site (syndicated copies share them). A new one
    shows nowhere yet."""
    if created or (update_fields is not None and not set(update_fields) - MEDIA_BOOKKEEPING):
        return
    every_site_changed(sender)


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def locale_changed(sender, **kwargs):
    routing.sites_changed()
