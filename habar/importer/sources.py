"""Which reader a source needs: a text dump, a CSV export, a feed or a folder of pages."""

from pathlib import Path
from urllib.parse import urlsplit

from django.utils.translation import gettext as _

from . import feeds, htmlpages, textdump
from .records import ItemError, Record, SourceError

FORMATS = ("text", "csv", "feed", "html")
FEED_SUFFIXES = {".xml", ".rss", ".atom"}


def is_url(location):
    return urlsplit(location).scheme in ("http", "https")


def guess_format(location):
    if is_url(location):
        return "feed"
    path = Path(location)
    if path.is_dir():
        if htmlpages.html_files(path):
            return "html"
        return "text"
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in htmlpages.HTML_SUFFIXES:
        return "html"
    return "text"


def open_source(location, *, fmt=None, max_size, encoding="utf-8", config=None):
    """(number of items or None when not known yet, iterator of Records), or SourceError."""
    fmt = fmt or guess_format(location)
    if fmt == "feed" and is_url(location):
        return counted(feeds.feed_records(location, feeds.fetch(location, max_size)))
    path = Path(location)
    if not path.exists():
        raise SourceError(_("No such file or folder: %(path)s") % {"path": location})
    if fmt == "html":
        if path.is_dir():
            return htmlpages.folder_records(path, max_size=max_size, config_path=config)
        config = config or path.parent / htmlpages.CONFIG_NAME
        reader = htmlpages.PageReader(htmlpages.load_config(config))
        record = Record(origin=str(path), base_dir=path.parent)
        try:
            reader.read(path, max_size, record)
        except ItemError as exc:
            record.error = str(exc)
        return counted([record])
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.txt") if p.is_file())
        if not files:
            raise SourceError(_("No text dumps (*.txt) in %(folder)s") % {"folder": location})
        return len(files), (
            record
            for file in files
            for record in textdump.text_file_records(
                file, max_size=max_size, encoding=encoding, root=path
            )
        )
    if fmt == "feed":
        size = path.stat().st_size
        if size > max_size:
            raise SourceError(
                _("%(path)s is larger than the limit of %(limit)d bytes")
                % {"path": location, "limit": max_size}
            )
        return counted(feeds.feed_records(location, path.read_bytes(), base_dir=path.parent))
    read = textdump.csv_records if fmt == "csv" else textdump.text_file_records
    return counted(read(path, max_size=max_size, encoding=encoding, root=path.parent))


def counted(records):
    return len(records), iter(records)


def image_root(location):
    """The folder whose files imported <img> may refer to: the source's own folder."""
    if is_url(location):
        return None
    path = Path(location).resolve()
    return path if path.is_dir() else path.parent
