"""A notice posted, changed, withdrawn or deleted: every cached page of its sites, old and
new, is rendered again (habar.core.signals.pages_changed)."""

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from habar.core.signals import pages_changed

from .models import Notice, NoticeText


def stored_site_ids(notice_id):
    return set(
        Notice.sites.through.objects.filter(notice_id=notice_id).values_list("site_id", flat=True)
    )


def announce(notice, *more_site_ids):
    # The sites as the notice holds them now (ParentalManyToManyField: in memory if set).
    site_ids = {site.pk for site in notice.sites.all()}.union(*more_site_ids)
    pages_changed.send(sender=Notice, site_ids=site_ids)


@receiver(pre_save, sender=Notice)
def remember_sites(sender, instance, **kwargs):
    # Sites taken off a notice must lose it too.
    instance._stored_site_ids = stored_site_ids(instance.pk) if instance.pk else set()


@receiver(post_save, sender=Notice)
def notice_saved(sender, instance, **kwargs):
    announce(instance, getattr(instance, "_stored_site_ids", set()))


@receiver(pre_delete, sender=Notice)
def notice_deleted(sender, instance, **kwargs):
    # Before the delete: its sites are gone with it afterwards.
    pages_changed.send(sender=Notice, site_ids=stored_site_ids(instance.pk))


@receiver(post_save, sender=NoticeText)
@receiver(post_delete, sender=NoticeText)
def text_changed(sender, instance, **kwargs):
    pages_changed.send(sender=Notice, site_ids=stored_site_ids(instance.notice_id))
