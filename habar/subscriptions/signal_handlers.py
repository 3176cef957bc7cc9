from django.dispatch import receiver
from wagtail.signals import page_published

from habar.news.models import ArticlePage

from . import alerts


@receiver(page_published, sender=ArticlePage)
def alert_subscribers_of_first_publish(sender, instance, **kwargs):
    alerts.note_first_publish(instance)
