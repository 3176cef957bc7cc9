"""What changed in a translation's source since the translation: its text then and now,
unit by unit (habar.news.translation_units), with a word-level diff of changed text."""

import difflib
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from wagtail.models import Page

from .models import TranslationBaseline, source_revision_now
from .parity import last_touched_at
from .translation_units import page_units, same_text, words

ADDED, REMOVED, CHANGED, UNCHANGED = "added", "removed", "changed", "unchanged"


@dataclass
class UnitChange:
    status: str
    id: str
    label: str
    then: str
    now: str

    @property
    def words_diff(self):
        """The text as words, deletions in <del> and insertions in <ins>."""
        before, after = words(self.then), words(self.now)
        parts = []
        matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
        for op, a1, a2, b1, b2 in matcher.get_opcodes():
            if op in ("delete", "replace"):
                parts.append(format_html("<del>{}</del>", " ".join(before[a1:a2])))
            if op in ("insert", "replace"):
                parts.append(format_html("<ins>{}</ins>", " ".join(after[b1:b2])))
            if op == "equal":
                parts.append(" ".join(before[a1:a2]))
        return format_html_join(" ", "{}", ((part,) for part in parts))


def compare_units(then_units, now_units):
    """Every unit of either side, in the order of now, a removed unit where it was."""
    then = {unit.id: unit for unit in then_units}
    now = {unit.id: unit for unit in now_units}
    changes = []
    matcher = difflib.SequenceMatcher(a=list(then), b=list(now), autojunk=False)
    for _op, a1, a2, b1, b2 in matcher.get_opcodes():
        for unit_id in list(then)[a1:a2]:
            if unit_id not in now:
                changes.append(
                    UnitChange(REMOVED, unit_id, then[unit_id].label, then[unit_id].text, "")
                )
        for unit_id in list(now)[b1:b2]:
            unit, old = now[unit_id], then.get(unit_id)
            if old is None:
                changes.append(UnitChange(ADDED, unit_id, unit.label, "", unit.text))
            else:
                status = UNCHANGED if same_text(old.text, unit.text) else CHANGED
                changes.append(UnitChange(status, unit_id, unit.label, old.text, unit.text))
    return changes


@dataclass
class SourceChanges:
    """A translation, its source and the source's revisions then and now."""

    translation: Page
    source: Page
    then_revision: object  # None: nothing tells what the translation was made from
    now_revision: object
    recorded: bool  # the baseline was recorded, not guessed from dates

    def changes(self):
        then = page_units(self.then_revision.as_object()) if self.then_revision else []
        now = page_units(self.now_revision.as_object()) if self.now_revision else []
        return [change for change in compare_units(then, now) if change.status != UNCHANGED]


def source_changes(translation):
    """What changed in `translation`'s source since its baseline, or None if it has no source."""
    baseline = TranslationBaseline.objects.filter(page=translation).select_related(
        "source", "source_revision"
    )
    baseline = baseline.first()
    if baseline is not None:
        source = baseline.source.specific
        then, recorded = baseline.source_revision, baseline.source_revision is not None
    else:
        source = (
            Page.objects.filter(translation_key=translation.translation_key)
            .exclude(locale_id=translation.locale_id)
            .order_by("pk")
            .first()
        )
        if source is None:
            return None
        source = source.specific
        then, recorded = guessed_revision(source, translation), False
    return SourceChanges(translation, source, then, source_revision_now(source), recorded)


def guessed_revision(source, translation):
    """Without a baseline: the source's last revision made before the translation was last
    touched, the parity report's own rule for age."""
    touched = last_touched_at(translation)
    revisions = source.revisions.order_by("-created_at", "-pk")
    if touched:
        revisions = revisions.filter(created_at__lte=touched)
    return revisions.first()
