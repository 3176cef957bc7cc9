from django.dispatch import receiver
from wagtail.signals import page_published

from . import syndication
from .models import ServicePage


@receiver(page_published, sender=ServicePage)
def follow_origin(sender, instance, revision, **kwargs):
    if not instance.syndicated_from_id:
        syndication.sync_copies(instance, user=revision.user if revision else None)


syndication.service_copies.connect_signals()
