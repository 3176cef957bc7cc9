from django.dispatch import receiver
from wagtail.models import Page, Revision
from wagtail.signals import copy_for_translation_done, page_published, page_unpublished

from . import purges, syndication
from .models import ArticlePage, BaselineKind, record_baseline, source_revision_now


@receiver(page_published, sender=ArticlePage)
def record_published_changes(sender, instance, revision, **kwargs):
    """The published revision keeps the article's changes as published, dated: reopened
    for editing, it holds no pending note any more (registered first: copies follow)."""
    if revision is None:
        return
    changes = instance.serializable_data()["changes"]
    if revision.content.get("changes") != changes:
        revision.content["changes"] = changes
        Revision.objects.filter(pk=revision.pk).update(content=revision.content)


@receiver(page_published, sender=ArticlePage)
def follow_origin_edits(sender, instance, revision, **kwargs):
    if instance.syndicated_from_id:
        return  # a copy has no copies of its own
    # One query for an article no embassy carries in any language, as most are.
    copies = list(syndication.copies_of_translations(instance))
    if copies:
        syndication.follow_origin(instance, copies, user=revision.user if revision else None)


syndication.article_copies.connect_signals()


@receiver(page_published)
@receiver(page_unpublished)
def purge_frontend_caches(sender, instance, **kwargs):
    purges.purge_page(instance)


@receiver(copy_for_translation_done)
def record_translation_baseline(sender, source_obj, target_obj, **kwargs):
    # The copy is made from the live page when there is one, else from the latest draft.
    if isinstance(source_obj, Page) and not target_obj.alias_of_id:
        record_baseline(
            target_obj, source_obj, source_revision_now(source_obj), BaselineKind.COPIED
        )
