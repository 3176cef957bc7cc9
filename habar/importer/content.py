"""An old page's body HTML turned into an article body: rich text the editor accepts,
headings, and images from the Wagtail image library."""

import hashlib
import io
import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nh3
from django.conf import settings
from django.core.files.images import ImageFile, get_image_dimensions
from django.utils.translation import gettext as _
from selectolax.lexbor import LexborHTMLParser
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.rich_text import RichText

# What the article body's paragraph block allows (habar.news.blocks): bold, italic, links,
# lists, superscript. <strong> and <em> are kept only to become Wagtail's <b> and <i>.
RICH_TEXT_TAGS = {"p", "br", "b", "i", "strong", "em", "a", "ol", "ul", "li", "sup"}
RICH_TEXT_ATTRIBUTES = {"a": {"href"}, "*": set()}
URL_SCHEMES = {"http", "https", "mailto"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Wrappers whose children are the real blocks of the text.
CONTAINERS = {"div", "section", "article", "main", "figure", "center", "font", "span"}
LISTS = {"ul", "ol"}
DROPPED = {"script", "style", "noscript", "template", "iframe", "object", "embed", "form"}
UNSAFE = re.compile(r"<(script|iframe|object|embed)\b|\son[a-z]+\s*=|javascript:", re.IGNORECASE)


def clean_rich_text(html):
    """Sanitized rich text in Wagtail's stored format, or "" when no text is left."""
    cleaned = nh3.clean(
        html,
        tags=RICH_TEXT_TAGS,
        attributes=RICH_TEXT_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
    cleaned = re.sub(r"<(/?)strong>", r"<\1b>", cleaned)
    cleaned = re.sub(r"<(/?)em>", r"<\1i>", cleaned)
    text = LexborHTMLParser(cleaned).text(strip=True) if cleaned else ""
    return cleaned.strip() if text else ""


@dataclass
class Body:
    blocks: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    @property
    def is_empty(self):
        return not any(kind in ("paragraph", "heading") for kind, _value in self.blocks)


class BodyBuilder:
    """Walks the old body's HTML once, in order, into StreamField blocks.

    `images(src, alt)` answers (image, problem): the library's image for an <img>, or
    why there is none, which the item's report then says. In a dry run the image is
    True: found, but nothing stored.
    """

    def __init__(self, images, fallback_alt=""):
        self.images = images
        self.fallback_alt = fallback_alt
        self.body = Body()
        self.paragraphs = []

    def build(self, html):
        if UNSAFE.search(html):
            self.body.notes.append(_("unsafe markup (scripts, frames, handlers) removed"))
        tree = LexborHTMLParser(f"<div id='habar-import-body'>{html}</div>")
        root = tree.css_first("#habar-import-body")
        for node in root.css(",".join(sorted(DROPPED))):
            node.decompose()
        self.walk(root)
        self.flush()
        return self.body

    def walk(self, node):
        loose = []  # text and inline elements between blocks: one paragraph
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text" or (
                tag not in HEADINGS | CONTAINERS | LISTS | {"p", "img", "blockquote", "table"}
            ):
                if tag != "-comment":
                    loose.append(child.html or "")
                    self.add_images(child)
                continue
            if loose:
                self.add_paragraph("".join(loose))
                loose = []
            if tag in HEADINGS:
                text = child.text(strip=True)
                if text:
                    self.flush()
                    self.body.blocks.append(("heading", text[:255]))
            elif tag == "img":
                self.add_image(child)
            elif tag in CONTAINERS:
                self.walk(child)
            else:
                html = child.html if tag in LISTS | {"p"} else f"<p>{child.inner_html}</p>"
                self.add_paragraph(html)
                self.add_images(child)
        if loose:
            self.add_paragraph("".join(loose))

    def add_paragraph(self, html):
        cleaned = clean_rich_text(html)
        if cleaned:
            if not cleaned.startswith(("<p>", "<ul>", "<ol>")):
                cleaned = f"<p>{cleaned}</p>"
            self.paragraphs.append(cleaned)

    def add_images(self, node):
        if node.tag == "-text":
            return
        for img in node.css("img"):
            self.add_image(img)

    def add_image(self, node):
        src = (node.attributes.get("src") or "").strip()
        if not src:
            return
        alt = (node.attributes.get("alt") or node.attributes.get("title") or "").strip()
        if not alt:
            # Readers who cannot see the image need some text: the headline, until an
            # editor writes a better one.
            self.body.notes.append(_("image without alternative text: %(src)s") % {"src": src})
            alt = self.fallback_alt
        image, problem = self.images(src, alt)
        if problem:
            self.body.notes.append(problem)
        if image is None or image is True:
            return
        self.flush()
        self.body.blocks.append(("image", {"image": image, "alt_text": alt[:255], "caption": ""}))

    def flush(self):
        if self.paragraphs:
            self.body.blocks.append(("paragraph", RichText("".join(self.paragraphs))))
            self.paragraphs = []


def paragraphs_html(paragraphs):
    """Plain-text paragraphs as rich text source, quotes and all kept as they are."""
    return "".join(f"<p>{escape(text, quote=False)}</p>" for text in paragraphs if text)


class ImageLibrary:
    """Images referenced by imported HTML, found on disk under `root` and brought into the
    Wagtail image library once (the same file is reused by its hash)."""

    def __init__(self, root, dry_run=False, collection=None):
        self.root = Path(root).resolve() if root else None
        self.dry_run = dry_run
        self.collection = collection

    def locate(self, src, base_dir):
        """The local file an <img src> points at, never outside the archive's folder."""
        if self.root is None or src.startswith("data:"):
            return None
        path = unquote(urlsplit(src).path)
        if not path:
            return None
        candidates = []
        if not src.startswith(("/", "http://", "https://", "//")) and base_dir:
            candidates.append(Path(base_dir) / path)
        candidates.append(self.root / path.lstrip("/"))
        for candidate in candidates:
            try:
                resolved = candidate.resolve()
            except (OSError, RuntimeError):
                continue
            if resolved.is_relative_to(self.root) and resolved.is_file():
                return resolved
        return None

    def finder(self, base_dir):
        def find(src, alt):
            path = self.locate(src, base_dir)
            if path is None:
                return None, _("image not available locally: %(src)s") % {"src": src}
            image = self.bring_in(path, alt)
            if image is None:
                return None, _("not a usable image: %(src)s") % {"src": src}
            return image, None

        return find

    def bring_in(self, path, alt):
        if path.stat().st_size > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE:
            return None
        data = path.read_bytes()
        digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        Image = get_image_model()
        existing = Image.objects.filter(file_hash=digest).first()
        if existing is not None:
            return existing
        file = ImageFile(io.BytesIO(data), name=path.name)
        width, height = get_image_dimensions(file)
        if not width or not height:
            return None
        if self.dry_run:
            return True
        image = Image(
            title=(alt or path.stem)[:255],
            file=file,
            collection=self.collection or Collection.get_first_root_node(),
        )
        image.save()
        return image
