"""A mission's details are on its own pages and in the ministry's directory: a change shows
on both at once (habar.core.signals.pages_changed, as a publish does)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site
from wagtail.signals import page_unpublished

from habar.core.signals import pages_changed
from habar.sites.signal_handlers import readers_see_save

from .models import MissionDetails, MissionDirectoryPage, MissionPage, OpeningHours


def directory_site_ids():
    roots = Site.get_site_root_paths()
    paths = MissionDirectoryPage.objects.values_list("url_path", flat=True)
    return {root.site_id for root in roots for path in paths if path.startswith(root.root_path)}


@receiver(post_save, sender=MissionDetails)
@receiver(post_delete, sender=MissionDetails)
def details_changed(sender, instance, **kwargs):
    pages_changed.send(sender=MissionDetails, site_ids={instance.site_id, *directory_site_ids()})


@receiver(post_save, sender=OpeningHours)
@receiver(post_delete, sender=OpeningHours)
def hours_changed(sender, instance, **kwargs):
    site_ids = MissionDetails.objects.filter(pk=instance.details_id).values_list(
        "site_id", flat=True
    )
    pages_changed.send(sender=MissionDetails, site_ids={*site_ids, *directory_site_ids()})


@receiver(post_save, sender=MissionPage)
def mission_page_saved(sender, instance, update_fields=None, **kwargs):
    # Its own site hears of it from habar.sites; the directory shows its words too. A draft
    # saved on a live page changes nothing readers see.
    if readers_see_save(instance, update_fields):
        pages_changed.send(sender=MissionPage, site_ids=directory_site_ids())


@receiver(page_unpublished, sender=MissionPage)
def mission_page_unpublished(sender, instance, **kwargs):
    pages_changed.send(sender=MissionPage, site_ids=directory_site_ids())
