"""A folder of saved pages of the old site, read with CSS selectors from a small config.

Every old site differs, so where the headline, date, section, body, views and old address
sit on its pages is told in a TOML file (`habar-import.toml` in the folder, or --config):

    [selectors]
    title = "h1.news-title"
    date = ".news-date"                    # DD.MM.YYYY [HH:MM] or ISO 8601 in its text
    section = ".breadcrumbs a"             # the last match
    body = ".news-text"
    views = ".views"
    language = "html @lang"                # "selector @attribute" reads an attribute
    old_url = "link[rel=canonical] @href"
    translations = "link[rel=alternate][hreflang] @href"
    listing = ".news-list"                 # a page with this is a section listing
    remove = [".share", ".print"]          # dropped from the body first
"""

import re
import tomllib

from django.utils.translation import gettext as _
from selectolax.lexbor import LexborHTMLParser, SelectolaxError

from .records import LISTING, ItemError, Record, SourceError, decode, language_code, parse_date
from .records import parse_views as views_number

CONFIG_NAME = "habar-import.toml"
HTML_SUFFIXES = {".html", ".htm"}
KNOWN_SELECTORS = {
    "title",
    "date",
    "section",
    "body",
    "views",
    "language",
    "old_url",
    "translations",
    "listing",
    "remove",
}
EMPTY = LexborHTMLParser("<html></html>")
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


def load_config(path):
    try:
        with open(path, "rb") as file:
            config = tomllib.load(file)
    except FileNotFoundError as exc:
        raise SourceError(_("No extraction config: %(path)s") % {"path": path}) from exc
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
        raise SourceError(
            _("Cannot read the config %(path)s: %(error)s") % {"path": path, "error": exc}
        ) from exc
    selectors = config.get("selectors")
    if not isinstance(selectors, dict):
        raise SourceError(_("The config %(path)s has no [selectors] table") % {"path": path})
    unknown = set(selectors) - KNOWN_SELECTORS
    if unknown:
        raise SourceError(
            _("Unknown selectors in %(path)s: %(names)s")
            % {"path": path, "names": ", ".join(sorted(unknown))}
        )
    for required in ("title", "body"):
        if not selectors.get(required):
            message = _("The config %(path)s needs a %(name)s selector")
            raise SourceError(message % {"path": path, "name": required})
    for name, value in selectors.items():
        values = value if name == "remove" else [value]
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise SourceError(
                _("Selector %(name)s in %(path)s must be text") % {"name": name, "path": path}
            )
        for value in values:
            try:
                EMPTY.css(value.partition(" @")[0].strip())
            except SelectolaxError as exc:
                raise SourceError(
                    _("Selector %(name)s is not valid CSS: %(selector)s")
                    % {"name": name, "selector": value}
                ) from exc
    return selectors


def html_files(folder):
    paths = folder.rglob("*")
    return sorted(p for p in paths if p.is_file() and p.suffix.lower() in HTML_SUFFIXES)


def decode_page(data):
    declared = CHARSET.search(data[:4096])
    encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    return decode(data, encoding)


class PageReader:
    def __init__(self, selectors):
        self.selectors = selectors

    def values(self, tree, name):
        spec = self.selectors.get(name)
        if not spec:
            return []
        selector, _at, attribute = spec.partition(" @")
        nodes = tree.css(selector.strip())
        if attribute:
            found = [node.attributes.get(attribute.strip()) for node in nodes]
        else:
            found = [node.text(separator=" ", strip=True) for node in nodes]
        return [value.strip() for value in found if value and value.strip()]

    def first(self, tree, name):
        values = self.values(tree, name)
        return values[0] if values else ""

    def read(self, path, max_size, record):
        size = path.stat().st_size
        if size > max_size:
            raise ItemError(
                _("file too large: %(size)d bytes, the limit is %(limit)d")
                % {"size": size, "limit": max_size}
            )
        tree = LexborHTMLParser(decode_page(path.read_bytes()))
        record.language = language_code(self.first(tree, "language"))
        record.old_urls = self.values(tree, "old_url")[:1]
        record.translations = [
            url for url in self.values(tree, "translations") if url not in record.old_urls
        ]
        sections = self.values(tree, "section")
        record.section = sections[-1] if sections else ""
        if self.selectors.get("listing") and tree.css_first(self.selectors["listing"]):
            record.kind = LISTING
            return record
        record.title = self.first(tree, "title")
        date = self.first(tree, "date")
        if not date:
            raise ItemError(_("no publication date"))
        record.published = parse_date(date)
        views = self.first(tree, "views")
        if views:
            record.views = views_number(views) or 0
        body = tree.css_first(self.selectors["body"])
        if body is None:
            raise ItemError(_("empty body"))
        for selector in self.selectors.get("remove", []):
            for node in body.css(selector):
                node.decompose()
        record.body_html = body.inner_html or ""
        return record


def folder_records(folder, *, max_size, config_path=None):
    selectors = load_config(config_path or folder / CONFIG_NAME)
    reader = PageReader(selectors)
    files = html_files(folder)
    if not files:
        raise SourceError(_("No HTML pages in %(folder)s") % {"folder": folder})

    def records():
        for path in files:
            record = Record(origin=str(path), base_dir=path.parent)
            try:
                reader.read(path, max_size, record)
            except ItemError as exc:
                record.error = str(exc)
            yield record

    return len(files), records()
