"""Keep SearchDocument's copies of a page's own fields (live, path, date) as pages change.

Wagtail indexes an article again when it is saved, but later, through the task queue, and
never when a section above it moves: the copies are set here at once, in the same
transaction as the change.
"""

from django.db.models import OuterRef, Subquery
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import post_page_move

from habar.news.models import ArticlePage

from .models import SearchDocument

COPIED_FIELDS = {"live", "path", "publication_date"}


@receiver(post_save)
def page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    # A draft saved as a revision writes other fields only: its unpublished date stays out.
    if raw or not isinstance(instance, Page):
        return
    if update_fields is not None and not COPIED_FIELDS & set(update_fields):
        return
    values = {"live": instance.live, "path": instance.path}
    if isinstance(instance, ArticlePage):
        values["publication_date"] = instance.publication_date
    SearchDocument.objects.filter(article_id=instance.pk).update(**values)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    # Moving a section gives every article below it a new path, page by page in SQL.
    SearchDocument.objects.filter(article__path__startswith=instance.path).update(
        path=Subquery(Page.objects.filter(pk=OuterRef("article_id")).values("path")[:1])
    )
