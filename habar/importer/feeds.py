"""RSS 2.0 and Atom feeds of the old site, from a file or a URL, read by feedparser."""

import calendar
import datetime
import urllib.error
import urllib.request

import feedparser
from django.utils.translation import gettext as _

from .records import ItemError, Record, SourceError, check_text, language_code, parse_date

FETCH_TIMEOUT = 30


def fetch(url, max_size):
    request = urllib.request.Request(url, headers={"User-Agent": "Habar archive import"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:  # noqa: S310
            data = response.read(max_size + 1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        message = _("Cannot fetch %(url)s: %(error)s") % {"url": url, "error": exc}
        raise SourceError(message) from exc
    if len(data) > max_size:
        message = _("%(url)s is larger than the limit of %(limit)d bytes")
        raise SourceError(message % {"url": url, "limit": max_size})
    return data


def feed_records(location, data, *, base_dir=None):
    parsed = feedparser.parse(data)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        raise SourceError(_("%(source)s is not an RSS or Atom feed") % {"source": location})
    feed_language = language_code(parsed.feed.get("language", ""))
    records = []
    for number, entry in enumerate(parsed.entries, start=1):
        record = Record(origin=f"{location}#{number}", base_dir=base_dir)
        try:
            read_entry(entry, record, feed_language)
        except ItemError as exc:
            record.error = str(exc)
        records.append(record)
    return records


def read_entry(entry, record, feed_language):
    record.title = (entry.get("title") or "").strip()
    content = entry.get("content") or []
    body = content[0] if content else entry.get("summary_detail") or {}
    record.body_html = body.get("value") or entry.get("summary", "")
    record.language = language_code(
        body.get("language") or entry.get("title_detail", {}).get("language") or feed_language
    )
    check_text(record.title + record.body_html)
    tags = entry.get("tags") or []
    if tags:
        record.section = (tags[0].get("label") or tags[0].get("term") or "").strip()
    record.published = entry_date(entry)

    # Atom may list the same item in other languages as alternates with an hreflang.
    own, others = [], []
    for link in entry.get("links", []):
        if link.get("rel", "alternate") != "alternate" or not link.get("href"):
            continue
        hreflang = language_code(link.get("hreflang"))
        if hreflang and hreflang != record.language:
            others.append(link["href"])
        else:
            own.append(link["href"])
    if not own and not entry.get("links") and entry.get("link"):
        own.append(entry["link"])
    record.old_urls = own[:1]
    record.translations = others
    if not own and entry.get("id"):
        record.source_id = entry["id"]


def entry_date(entry):
    for name in ("published", "updated", "created"):
        parsed = entry.get(f"{name}_parsed")
        if parsed:
            return datetime.datetime.fromtimestamp(calendar.timegm(parsed), tz=datetime.UTC)
        if entry.get(name):
            return parse_date(entry[name])
    raise ItemError(_("no publication date"))
