from django.dispatch import receiver
from wagtail.signals import page_published

from habar.news.models import ArticlePage

from . import posts


@receiver(page_published, sender=ArticlePage)
def post_first_publish(sender, instance, **kwargs):
    posts.note_publish(instance)
