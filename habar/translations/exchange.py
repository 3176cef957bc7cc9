"""Pages out to a translator's file, and a translated file back into draft translations.

Export takes each page's latest revision, names it in the file and lists its units. Import
checks the whole file before writing anything (habar.translations.checks); then, for each
page, it writes the translation in the target language — the existing one, or a new draft
copy under the translated parent — with the source's structure as of the exported revision
and the file's texts, as a new draft revision: an import never publishes. It records that
revision of the source as the translation's baseline (habar.news.models.baselines).
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from habar.news.models import BaselineKind, record_baseline
from habar.news.translation_units import apply_units, field_names, page_units

from . import po, xliff
from .checks import check_file
from .files import FileProblem, FileUnit, PageText, TranslationFile

FORMATS = {"xliff": xliff, "po": po}


def export(pages, target_language, file_format="xliff"):
    """(content, content type, extension) of a file holding `pages`' text to translate."""
    pages = [page.specific for page in pages]
    translation_file = TranslationFile(
        pages[0].locale.language_code if pages else "", target_language
    )
    for page in pages:
        revision = page.latest_revision or page.save_revision(log_action=False)
        text = PageText(page.pk, revision.pk, title=page.title, url=page.full_url or "")
        text.units = [
            FileUnit(unit.id, unit.text, "", unit.label, unit.is_html)
            for unit in page_units(revision.as_object())
        ]
        translation_file.pages.append(text)
    writer = FORMATS[file_format]
    return writer.write(translation_file), writer.CONTENT_TYPE, writer.EXTENSION


def read(data):
    """The file as Habar reads it, XLIFF or PO told apart by their first character."""
    text_start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return (xliff if text_start == b"<" else po).read(data)


@dataclass
class Imported:
    source: object
    translation: object
    created: bool


def import_file(data, user, expected_page=None):
    """Read, check and write every page of the file, or nothing: raises FileProblem."""
    translation_file = read(data)
    plans = check_file(translation_file, user, expected_page)
    locale = Locale.objects.get(language_code=translation_file.target_language)
    try:
        with transaction.atomic():
            return [write_translation(plan, locale, user) for plan in plans]
    except ValidationError as error:
        problems = [
            f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()
        ]
        raise FileProblem([_("The translation cannot be saved as it is:"), *problems]) from error


def write_translation(plan, locale, user):
    existing = plan.source.get_translation_or_none(locale)
    created = existing is None
    if created:
        draft = plan.source.copy_for_translation(locale)
    else:
        draft = existing.specific.get_latest_revision_as_object()
    source_then = plan.revision.as_object()
    for name in field_names(source_then):
        setattr(draft, name, getattr(source_then, name))
    apply_units(draft, plan.texts)
    if created:
        draft.full_clean()
        draft.save()  # a new draft's own row in its language, not the source's text
    draft.save_revision(user=user)
    record_baseline(draft, plan.source, plan.baseline_revision, BaselineKind.IMPORTED, user)
    return Imported(plan.source, draft, created)
