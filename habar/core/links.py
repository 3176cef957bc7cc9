"""The URLs in HTML that Habar rendered, rewritten one by one: the static export points them
at its files (habar.ops.export), the API makes them absolute (habar.api.serializers).

Habar's templates and rich text quote every attribute with double quotes, so a pattern
finds them; the rest of the page is left exactly as it was, byte for byte.
"""

import re

URL_ATTRIBUTE_RE = re.compile(r'(?<=\s)(?P<name>href|src|poster|srcset)="(?P<value>[^"]*)"')


def rewrite_links(html, rewrite):
    """`html` with each link, image or video source and srcset candidate's URL replaced by
    `rewrite(url)`; `rewrite` gets and returns URLs unescaped."""

    def attribute(match):
        value = match["value"].replace("&amp;", "&")
        if match["name"] == "srcset":
            candidates = filter(None, (part.split(None, 1) for part in value.split(",")))
            new = ", ".join(" ".join([rewrite(url), *rest]) for url, *rest in candidates)
        else:
            new = rewrite(value)
        if new == value:
            return match[0]
        return f'{match["name"]}="{new.replace("&", "&amp;")}"'

    return URL_ATTRIBUTE_RE.sub(attribute, html)
