from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from habar.sites.models import SiteSettings

from . import (
    frontend_cache,
    pagecache,
    routers,  # noqa: F401  (its request_started receiver must be connected early)
    routing,
)

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


@receiver(post_save)
def invalidate_on_live_save(sender, instance, update_fields=None, **kwargs):
    # Publishing saves the page; so do imports, the demo and scheduled go-live.
    readers_see_it = update_fields is None or set(update_fields) - DRAFT_BOOKKEEPING
    if isinstance(instance, Page) and instance.live and readers_see_it:
        pagecache.invalidate_page(instance)


@receiver(page_unpublished)
def invalidate_on_unpublish(sender, instance, **kwargs):
    pagecache.invalidate_page(instance)


@receiver(post_delete)
def invalidate_on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        pagecache.invalidate_page(instance)


@receiver(post_page_move)
def invalidate_on_move(sender, instance, url_path_before, url_path_after, **kwargs):
    routing.restrictions_changed()  # restricted sections are known by their tree paths
    pagecache.invalidate_page(instance, url_path_before)
    pagecache.invalidate_page(instance, url_path_after)


@receiver(post_save, sender=SiteSettings)
def invalidate_on_site_settings(sender, instance, **kwargs):
    routing.sites_changed()
    pagecache.invalidate_site(instance.site_id)


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
@receiver(post_delete, sender=SiteSettings)
def forget_sites(sender, **kwargs):
    routing.sites_changed()


@receiver(post_save, sender=get_image_model())
@receiver(pre_delete, sender=get_image_model())
def forget_site_icons(sender, instance, **kwargs):
    # The cached site settings hold the icon's rendition address: a new file, or none
    # (deleting the image empties the setting by SQL, which sends no signal), changes it.
    sites = list(SiteSettings.objects.filter(favicon=instance).values_list("site_id", flat=True))
    if sites:
        routing.sites_changed()
    for site_id in sites:
        pagecache.invalidate_site(site_id)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def forget_restrictions(sender, instance, **kwargs):
    routing.restrictions_changed()
    pagecache.invalidate_page(instance.page)


@receiver(page_published)
@receiver(page_unpublished)
def purge_frontend_caches(sender, instance, **kwargs):
    frontend_cache.purge_page(instance)
