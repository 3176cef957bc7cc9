"""Tell every web process to read its article facts again (habar.stats.articles)."""

from django.dispatch import receiver

from habar.core.signals import pages_changed

from . import articles, buffer


@receiver(pages_changed)
def facts_changed(sender, **kwargs):
    articles.changed(redis=buffer.enabled())
