"""Text dumps of old pages, one per file or one per row of a CSV export.

A page reads, line by line: breadcrumbs (`Home`, `\\`, `Politics`, `\\`, the headline, or
all on one line), the section and headline again, `Published DD.MM.YYYY`, the view count,
the body's paragraphs, then the `Last news` block and page chrome, which are dropped.
"""

import csv
import io
import re

from django.utils.translation import gettext as _

from .content import paragraphs_html
from .records import ItemError, Record, check_text, parse_date, parse_views, read_file

# Where the article ends on the old pages, in their three languages.
END_MARKERS = {
    "last news",
    "latest news",
    "последние новости",
    "soňky habarlar",
    "top-arrow",
}
CRUMB_SEPARATOR = "\\"


def undouble_quotes(text):
    """A CSV export doubles every quote; un-double them only if all of them are doubled."""
    if '""' in text and '"' not in text.replace('""', ""):
        return text.replace('""', '"')
    return text


class Lines:
    """A page's non-blank lines, stripped, read one at a time."""

    def __init__(self, text):
        self.lines = [line for line in map(str.strip, text.splitlines()) if line]
        self.position = 0

    def next(self):
        """The next line, or None past the last."""
        if self.position >= len(self.lines):
            return None
        self.position += 1
        return self.lines[self.position - 1]


def parse_page_text(text, record):
    """Fill `record` from one page's text; ItemError for a page it cannot read."""
    lines = Lines(undouble_quotes(text))
    first = lines.next()
    if first is None:
        raise ItemError(_("empty page"))
    crumbs = read_crumbs(first, lines)
    record.title = crumbs[-1] if len(crumbs) > 1 else ""
    if len(crumbs) > 2:
        record.section = crumbs[-2]
    read_date(lines, record, crumbs)
    read_body(lines, record)
    return record


def read_crumbs(first, lines):
    """The breadcrumbs, on the first line or over several joined by CRUMB_SEPARATOR lines."""
    crumbs = [part.strip() for part in first.split(CRUMB_SEPARATOR)]
    while True:
        saved = lines.position
        if lines.next() != CRUMB_SEPARATOR:
            lines.position = saved
            break
        crumb = lines.next()
        if crumb is None:
            break
        crumbs.append(crumb)
    return [crumb for crumb in crumbs if crumb]


def read_date(lines, record, crumbs):
    """The publication date, after the section and headline that are repeated above it."""
    repeated = {record.title, record.section, *crumbs}
    line = lines.next()
    while line is not None and line in repeated:
        line = lines.next()
    if line is not None and not record.title and not re.search(r"\d", line):
        record.title = line
        line = lines.next()
    if line is None:
        raise ItemError(_("no publication date"))
    record.published = parse_date(line)


def read_body(lines, record):
    """The view count if there is one, then the paragraphs up to the page's chrome."""
    paragraphs = []
    line = lines.next()
    views = parse_views(line) if line is not None else None
    if views is not None:
        record.views = views
        line = lines.next()
    while line is not None and line.casefold() not in END_MARKERS:
        paragraphs.append(line)
        line = lines.next()
    record.body_html = paragraphs_html(paragraphs)


def text_file_records(path, *, max_size, encoding, root):
    record = Record(origin=str(path), base_dir=path.parent)
    try:
        parse_page_text(read_file(path, max_size, encoding), record)
    except ItemError as exc:
        record.error = str(exc)
    return [record]


# Columns a structured CSV export may have; a `text` column holds a whole page's text.
COLUMNS = {
    "id": "source_id",
    "title": "title",
    "headline": "title",
    "section": "section",
    "language": "language",
    "lang": "language",
    "views": "views",
}


def csv_records(path, *, max_size, encoding, root):
    try:
        text = read_file(path, max_size * 100, encoding)
    except ItemError:
        # A broken byte spoils only its own row: read the rest, and report that one.
        text = path.read_bytes().decode(encoding, errors="replace")
    csv.field_size_limit(max_size + 1)
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    records = []
    try:
        for row in reader:
            records.append(csv_row_record(path, reader.line_num, row, max_size))
    except csv.Error as exc:
        record = Record(origin=f"{path}:{reader.line_num}")
        record.error = _("unreadable CSV row: %(error)s") % {"error": exc}
        records.append(record)
    return records


def csv_row_record(path, line, row, max_size):
    row = {(key or "").strip().lower(): (value or "") for key, value in row.items()}
    record = Record(origin=f"{path}:{line}", base_dir=path.parent)
    try:
        if sum(len(value) for value in row.values()) > max_size:
            raise ItemError(_("row too large: the limit is %(limit)d") % {"limit": max_size})
        for value in row.values():
            check_text(value)
        if row.get("text", "").strip():
            parse_page_text(row["text"], record)
        for column, name in COLUMNS.items():
            value = row.get(column, "").strip()
            if value and name == "views":
                views = parse_views(value)
                if views is None:
                    raise ItemError(_("views is not a number: %(value)s") % {"value": value})
                record.views = views
            elif value:
                setattr(record, name, value)
        date = (row.get("published") or row.get("date") or "").strip()
        if date:
            record.published = parse_date(date)
        body = row.get("body", "").strip()
        if body:
            if re.search(r"<(p|div|br|ul|ol|h\d)\b", body, re.IGNORECASE):
                record.body_html = body
            else:
                record.body_html = paragraphs_html(re.split(r"\s*\n\s*", body))
        record.old_urls = (row.get("url") or row.get("old_url") or "").split()
        record.translations = (row.get("translation_of") or row.get("translations") or "").split()
    except ItemError as exc:
        record.error = str(exc)
    return record
