"""PO (gettext), read and written with polib.

One entry per unit: its context "<page id>:<unit id>", its extracted comment the block's
label. The header names the languages and, for each page, the revision its text was taken
from ("X-Habar-Pages: 12@345 13@346").
"""

import re
import tempfile

import polib
from django.utils.translation import gettext as _

from .files import (
    FileProblem,
    FileUnit,
    PageText,
    TranslationFile,
    check_unique,
    decoded,
    not_exported,
)

CONTENT_TYPE = "text/x-gettext-translation"
EXTENSION = "po"
PAGES_HEADER = "X-Habar-Pages"
SOURCE_HEADER = "X-Habar-Source-Language"
PAGE_REVISION = re.compile(r"^(\d+)@(\d+)$")
CONTEXT = re.compile(r"^(\d+):(.+)$")
HTML_FLAG = "habar-html"


def write(translation_file):
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "Habar",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Language": translation_file.target_language,
        SOURCE_HEADER: translation_file.source_language,
        PAGES_HEADER: " ".join(f"{p.page_id}@{p.revision_id}" for p in translation_file.pages),
    }
    for page in translation_file.pages:
        for unit in page.units:
            po.append(
                polib.POEntry(
                    msgctxt=f"{page.page_id}:{unit.id}",
                    msgid=unit.source,
                    msgstr=unit.target,
                    comment=unit.label,
                    occurrences=[(page.url, "")] if page.url else [],
                    flags=[HTML_FLAG] if unit.is_html else [],
                )
            )
    return str(po).encode("utf-8")


def parse(text):
    # polib.pofile() takes a path or the content, and opens the content as a path when a
    # file of that name exists: a file sent to Habar is always parsed from a file of ours.
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".po") as copy:
        copy.write(text)
        copy.flush()
        try:
            return polib.pofile(copy.name, encoding="utf-8")
        except (OSError, ValueError) as error:
            # polib names our temporary copy: the sender knows their file by its lines.
            said = str(error).replace(f" {copy.name}", "")
            raise FileProblem(
                _("The file is not a PO file: %(error)s.") % {"error": said}
            ) from error


def read(data):
    po = parse(decoded(data))
    target, source = po.metadata.get("Language", ""), po.metadata.get(SOURCE_HEADER, "")
    if not target or not source:
        raise FileProblem(_("The file does not say its source and target languages."))
    pages, problems = {}, []
    for token in po.metadata.get(PAGES_HEADER, "").split():
        match = PAGE_REVISION.match(token)
        if match:
            pages[int(match[1])] = PageText(int(match[1]), int(match[2]))
    if not pages:
        raise FileProblem(not_exported())
    for entry in po:
        match = CONTEXT.match(entry.msgctxt or "")
        if not match or int(match[1]) not in pages:
            problems.append(
                _("The entry “%(context)s” belongs to no page of the file.")
                % {"context": entry.msgctxt or entry.msgid[:40]}
            )
            continue
        # A fuzzy translation is the translator's own "not sure yet": not a translation.
        target_text = "" if entry.fuzzy else entry.msgstr
        pages[int(match[1])].units.append(
            FileUnit(match[2], entry.msgid, target_text, entry.comment, HTML_FLAG in entry.flags)
        )
    for page in pages.values():
        problems += check_unique(page)
    if problems:
        raise FileProblem(problems)
    return TranslationFile(source, target, list(pages.values()))
