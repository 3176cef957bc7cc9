"""A post's text in Telegram's HTML: the title in bold, the lead, a link to the article.

Telegram counts a caption (1,024) or a message (4,096) as shown, entities parsed, in UTF-16
code units: the lead is shortened, at a word, to fit.
"""

from html import escape

CAPTION_LIMIT = 1024
MESSAGE_LIMIT = 4096
ELLIPSIS = "…"


def shown_length(text):
    return len(text.encode("utf-16-le")) // 2


def shorten(text, room):
    """`text`, or as much of it as fits in `room` with an ellipsis, cut at a word."""
    if shown_length(text) <= room:
        return text
    if room < 1:
        return ""
    cut = text[: room - 1]
    while shown_length(cut) > room - 1:  # characters beyond the BMP count twice
        cut = cut[:-1]
    words = cut.rsplit(None, 1)[0] if len(cut.split()) > 1 else cut
    return words.rstrip(" ,;:-–—") + ELLIPSIS


def compose(title, lead, url, link_label, limit):
    """The post's HTML text, its shown length within `limit`."""
    separator = "\n\n"
    room = limit - shown_length(link_label) - shown_length(separator)
    title = shorten(title.strip(), room)
    room -= shown_length(title)
    lead = shorten(" ".join(lead.split()), room - shown_length(separator))
    parts = [f"<b>{escape(title, quote=False)}</b>"]
    if lead:
        parts.append(escape(lead, quote=False))
    parts.append(f'<a href="{escape(url)}">{escape(link_label, quote=False)}</a>')
    return separator.join(parts)
