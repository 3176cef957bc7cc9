"""The article's edit form: lead image checks, and whether a change to a live article is a
minor edit, an update or a correction.

An update or correction becomes a pending `ArticleChange` (no date) in the page's cluster: it
is saved with each draft's revision, so the note survives until the article is published,
and gains its date then (`ArticlePage.save`). Choosing "minor edit" on a later draft drops it.
"""

from django import forms
from django.apps import apps
from django.utils.translation import gettext_lazy as _

from .images import LeadImageAltForm

MINOR = "minor"
NOTE_MAX_LENGTH = 1000


class ArticleForm(LeadImageAltForm):
    change_kind = forms.ChoiceField(
        label=_("What kind of change is this?"),
        choices=[
            (MINOR, _("Minor edit: nothing readers need to know")),
            ("update", _("Update: new information added")),
            ("correction", _("Correction: an error put right")),
        ],
        initial=MINOR,
        required=False,
        widget=forms.RadioSelect,
    )
    change_note = forms.CharField(
        label=_("Note for readers"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Shown under the article's date when it is published, with the date of "
            "publication. Required for an update or a correction."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not (self.instance.pk and self.instance.live) or self.instance.syndicated_from_id:
            # A first publication is no change: only a live article is asked. A copy shows
            # its origin's notes, which the origin's editors write.
            del self.fields["change_kind"]
            del self.fields["change_note"]
            return
        pending = self.pending_change()
        if pending is not None:
            self.fields["change_kind"].initial = pending.kind
            self.fields["change_note"].initial = pending.note

    def pending_change(self):
        return next((c for c in self.instance.changes.all() if c.date is None), None)

    def clean(self):
        cleaned = super().clean()
        if "change_kind" not in self.fields:
            return cleaned
        kind = cleaned.get("change_kind") or MINOR
        note = (cleaned.get("change_note") or "").strip()
        cleaned["change_kind"], cleaned["change_note"] = kind, note
        if kind != MINOR and not note and "change_note" not in self.errors:
            self.add_error(
                "change_note",
                _("Write a note for readers saying what was updated or corrected."),
            )
        return cleaned

    def save(self, commit=True):
        if "change_kind" in self.fields:
            self.record_change(self.cleaned_data["change_kind"], self.cleaned_data["change_note"])
        return super().save(commit=commit)

    def record_change(self, kind, note):
        """Replace the article's pending change with this one (none for a minor edit)."""
        published = [c for c in self.instance.changes.all() if c.date is not None]
        if kind != MINOR:
            change_model = apps.get_model("news", "ArticleChange")
            published.append(change_model(kind=kind, note=note))
        self.instance.changes = published
