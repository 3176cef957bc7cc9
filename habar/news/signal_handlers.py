from django.dispatch import receiver
from wagtail.models import Revision
from wagtail.signals import page_published, page_unpublished

from . import purges, syndication
from .models import ArticlePage


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
