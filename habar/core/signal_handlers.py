from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_unpublished, post_page_move

from habar.sites.models import SiteSettings

from . import pagecache

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
    pagecache.invalidate_page(instance, url_path_before)
    pagecache.invalidate_page(instance, url_path_after)


@receiver(post_save, sender=SiteSettings)
def invalidate_on_site_settings(sender, instance, **kwargs):
    pagecache.invalidate_site(instance.site_id)
