"""Tell every web process to read its article facts again (habar.stats.articles)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_unpublished, post_page_move

from habar.sites.models import SiteSettings

from . import articles, buffer

# What save_revision() writes on a page while an editor drafts: the beacon needs none of it.
DRAFT_BOOKKEEPING = {
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
}


def facts_changed():
    articles.changed(redis=buffer.enabled())


@receiver(post_save)
def page_saved(sender, instance, update_fields=None, **kwargs):
    # Publishing and unpublishing save the page; so does syndicating (a new copy).
    readers_see_it = update_fields is None or set(update_fields) - DRAFT_BOOKKEEPING
    if isinstance(instance, Page) and readers_see_it:
        facts_changed()


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        facts_changed()


@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_save, sender=SiteSettings)
@receiver(post_delete, sender=SiteSettings)
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def tree_or_site_changed(sender, **kwargs):
    facts_changed()
