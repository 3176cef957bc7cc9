"""One item of an old archive, as every source reads it, and what all sources share."""

import datetime
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect

ARTICLE = "article"
LISTING = "listing"  # an old section listing (?page=N): its address leads to the section


class SourceError(Exception):
    """The source as a whole cannot be read (missing file, not a feed, bad config)."""


class ItemError(Exception):
    """One item cannot be imported; it is reported and skipped."""


@dataclass
class Record:
    origin: str  # where the item came from, for the report: file, row, entry
    title: str = ""
    section: str = ""
    language: str = ""
    published: datetime.datetime | datetime.date | None = None
    views: int = 0
    body_html: str = ""
    old_urls: list = field(default_factory=list)
    translations: list = field(default_factory=list)  # ids or old URLs of its translations
    source_id: str = ""
    kind: str = ARTICLE
    base_dir: Path | None = None  # where relative image paths start
    error: str = ""  # set when the source could not read the item

    def identity(self):
        """The item's stable identity: its own id, else its old address, else its text."""
        if self.source_id:
            identity = f"id:{self.source_id}"
        elif self.old_urls:
            identity = f"url:{old_path(self.old_urls[0])}"
        else:
            day = self.published.isoformat() if self.published else ""
            raw = "\n".join([self.language, day, self.title.strip()])
            identity = "text:" + hashlib.sha256(raw.encode()).hexdigest()
        if len(identity) > 255:
            identity = identity[:4] + hashlib.sha256(identity.encode()).hexdigest()
        return identity


def old_path(url):
    """An old address as Wagtail's redirects store it: path and sorted query, no host."""
    return Redirect.normalise_path(url.strip())


DATE = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\D+(\d{1,2}):(\d{2}))?")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?(?:Z|[+-]\d{2}:?\d{2})?")


def parse_date(text):
    """DD.MM.YYYY (with an optional HH:MM after it) or ISO 8601 anywhere in `text`."""
    text = (text or "").strip()
    iso = ISO_DATE.search(text)
    if iso:
        try:
            return datetime.datetime.fromisoformat(iso.group(0).replace("Z", "+00:00"))
        except ValueError as exc:
            raise ItemError(_("unparseable date: %(text)s") % {"text": text[:80]}) from exc
    match = DATE.search(text)
    if not match:
        raise ItemError(_("unparseable date: %(text)s") % {"text": text[:80]})
    day, month, year, hour, minute = match.groups()
    try:
        if hour is None:
            return datetime.date(int(year), int(month), int(day))
        return datetime.datetime(int(year), int(month), int(day), int(hour), int(minute))
    except ValueError as exc:
        raise ItemError(_("unparseable date: %(text)s") % {"text": text[:80]}) from exc


def parse_views(text):
    digits = re.sub(r"[\s,.\u00a0\u202f']", "", text or "")
    return int(digits) if digits.isdigit() else None


TURKMEN_LETTERS = set("äňöşüýžçÄŇÖŞÜÝŽÇ")


def detect_language(text):
    """Turkmen, Russian or English, told apart by their letters; "" for no letters."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return ""
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
    if cyrillic * 2 > len(letters):
        return "ru"
    if sum(c in TURKMEN_LETTERS for c in letters) * 200 > len(letters):
        return "tk"
    return "en"


def language_code(value):
    """ "en-US" -> "en"."""
    return (value or "").strip().replace("_", "-").split("-")[0].lower()


def decode(data, encoding="utf-8"):
    """Text from bytes, or ItemError when the bytes are not that encoding or were decoded
    wrongly somewhere before (UTF-8 read as Windows-1252 and saved again)."""
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ItemError(
            _("broken encoding: not valid %(encoding)s text") % {"encoding": encoding}
        ) from exc
    check_text(text)
    return text.removeprefix("\ufeff")


def check_text(text):
    if "\ufffd" in text:
        raise ItemError(_("broken encoding: the text has replacement characters"))
    try:
        mended = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return
    if mended != text:
        raise ItemError(_("broken encoding: UTF-8 text decoded as Windows-1252"))


def read_file(path, max_size, encoding="utf-8"):
    size = path.stat().st_size
    if size > max_size:
        raise ItemError(
            _("file too large: %(size)d bytes, the limit is %(limit)d")
            % {"size": size, "limit": max_size}
        )
    return decode(path.read_bytes(), encoding)
