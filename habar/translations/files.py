"""What a translator's file holds, whatever its format (XLIFF 2.0 or PO).

A file carries pages of one source language into one target language; each page names the
revision its source text was taken from, and its units (habar.news.translation_units) their
source text and, once translated, the target text.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

# Refused before parsing: a page's text is a few kilobytes, a day's news well under this.
MAX_FILE_BYTES = 5 * 1024 * 1024


def not_exported():
    return _("The file was not exported by Habar: it names no page and revision.")


class FileProblem(Exception):
    """A file that cannot be imported, and every reason why, for the person who sent it."""

    def __init__(self, problems):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("; ".join(self.problems))


@dataclass
class FileUnit:
    id: str
    source: str
    target: str = ""
    label: str = ""
    is_html: bool = False


@dataclass
class PageText:
    page_id: int
    revision_id: int
    title: str = ""
    url: str = ""
    units: list = field(default_factory=list)  # FileUnit, in reading order


@dataclass
class TranslationFile:
    source_language: str
    target_language: str
    pages: list = field(default_factory=list)  # PageText


def decoded(data):
    """The file's text: refused when too large or not UTF-8 (both formats say UTF-8)."""
    if len(data) > MAX_FILE_BYTES:
        raise FileProblem(
            _("The file is larger than %(size)d MB: no translation file is that large.")
            % {"size": MAX_FILE_BYTES // (1024 * 1024)}
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileProblem(
            _("The file is not UTF-8 text (byte %(position)d): save it as UTF-8.")
            % {"position": error.start}
        ) from error


def check_unique(page_text):
    seen, problems = set(), []
    for unit in page_text.units:
        if unit.id in seen:
            problems.append(
                _("Unit “%(unit)s” of page %(page)s appears twice.")
                % {"unit": unit.id, "page": page_text.page_id}
            )
        seen.add(unit.id)
    return problems
