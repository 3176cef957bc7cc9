"""Updates and corrections: the public record of what changed in a published article.

A change is a note for readers with its kind and the time it was published. An editor
choosing "update" or "correction" when editing a live article adds one with no date: it
travels in the draft's revision as a pending child row, and gains its date when that
revision is published (`ArticlePage.save`). Minor edits leave no row, so nothing a reader
sees moves.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.models import Orderable


class ChangeKind(models.TextChoices):
    UPDATE = "update", _("Update")
    CORRECTION = "correction", _("Correction")


class ArticleChange(Orderable):
    article = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="changes")
    kind = models.CharField(_("kind of change"), max_length=20, choices=ChangeKind.choices)
    note = models.TextField(_("note for readers"))
    date = models.DateTimeField(
        _("date"), null=True, blank=True, help_text=_("Set when the change is published.")
    )

    Kind = ChangeKind

    class Meta(Orderable.Meta):
        verbose_name = _("update or correction")
        verbose_name_plural = _("updates and corrections")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.note[:50]}"

    @property
    def is_published(self):
        return self.date is not None


def published_changes(article):
    """The article's published updates and corrections, oldest first."""
    return sorted(
        (change for change in article.changes.all() if change.date is not None),
        key=lambda change: (change.date, change.sort_order or 0),
    )


def pending_change(article):
    """The update or correction waiting for the next publish, or None."""
    return next((change for change in article.changes.all() if change.date is None), None)


def stamp_pending_changes(article, moment):
    """Date the pending changes of `article`, which is being published at `moment`."""
    stamped = False
    for change in article.changes.all():
        if change.date is None:
            change.date = moment
            stamped = True
    return stamped
