from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from . import syndication
from .models import ServicePage


@receiver(page_published, sender=ServicePage)
def follow_origin(sender, instance, revision, **kwargs):
    if not instance.syndicated_from_id:
        syndication.sync_copies(instance, user=revision.user if revision else None)


@receiver(page_unpublished, sender=ServicePage)
def unpublish_copies_with_origin(sender, instance, **kwargs):
    syndication.take_down_copies(instance)


@receiver(pre_delete, sender=ServicePage)
def unpublish_copies_of_deleted_origin(sender, instance, **kwargs):
    # The copies stay behind as drafts for their missions' editors, no longer served.
    syndication.take_down_copies(instance)
