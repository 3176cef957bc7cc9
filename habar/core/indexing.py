"""The search and reference indexes brought up to date once per object after a bulk change.

Wagtail updates both indexes on every save, through the task queue: a page added and then
published is indexed twice, and a build of hundreds of pages spends a third of its time
there. Inside `indexed_once()` the saves are noted instead, and when the block ends each
object still there is handed to the same tasks once, in the order it was first saved.
Deletions inside the block reach the indexes at once, as they always do.
"""

from contextlib import contextmanager
from functools import partial

from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import update_reference_index_on_save
from wagtail.tasks import update_reference_index_task


def searched_models():
    models = index.get_indexed_models()
    return [model for model in models if getattr(model, "search_auto_update", True)]


class SavedObjects:
    """The objects saved while the indexes wait, per task, first saves first."""

    def __init__(self):
        self.saved = {}

    def note(self, task, *, sender, instance, raw=False, **kwargs):
        if not raw:
            self.saved.setdefault((task, sender), {})[instance.pk] = None

    def enqueue(self):
        for (task, model), pks in self.saved.items():
            present = set(model._default_manager.filter(pk__in=pks).values_list("pk", flat=True))
            for pk in pks:
                if pk in present:
                    task.enqueue(model._meta.app_label, model._meta.model_name, str(pk))


@contextmanager
def indexed_once():
    saved = SavedObjects()
    references = ReferenceIndex.tracked_models
    handlers = [
        (post_save_signal_handler, insert_or_update_object_task, searched_models()),
        (update_reference_index_on_save, update_reference_index_task, references),
    ]
    notes = [partial(saved.note, task) for _handler, task, _models in handlers]
    for (handler, _task, models), note in zip(handlers, notes, strict=True):
        for model in models:
            post_save.disconnect(handler, sender=model)
            post_save.connect(note, sender=model, weak=False)
    try:
        yield
    finally:
        for (handler, _task, models), note in zip(handlers, notes, strict=True):
            for model in models:
                post_save.disconnect(note, sender=model)
                post_save.connect(handler, sender=model)
    saved.enqueue()
