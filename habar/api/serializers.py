"""Articles, images and body blocks as plain data, with absolute URLs throughout."""

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from wagtail.api.rich_text import APIRichText
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from habar.core.links import rewrite_links
from habar.stats.models import PageViewTotal

# Resized copies offered for every image; the body's and the lead's large sizes are the
# ones the article page shows, so they are usually made already.
BODY_RENDITIONS = {"large": "width-1000", "thumbnail": "fill-480x270"}
LEAD_RENDITIONS = {"large": "width-1200", "share": "fill-1200x630", "thumbnail": "fill-480x270"}


def absolute(request, url):
    if url and url.startswith("/") and not url.startswith("//"):
        return request.build_absolute_uri(url)
    return url


def absolutize(request, html):
    """`html` with its site-relative links and images made absolute, for other sites' pages."""
    return rewrite_links(html, lambda url: absolute(request, url))


def api_url(request, name, **kwargs):
    return request.build_absolute_uri(reverse(f"habar_api:{name}", kwargs=kwargs))


def local_time(value, edition):
    return timezone.localtime(value, edition.time_zone) if value else None


def image_data(request, image, specs, alt=""):
    if image is None:
        return None
    try:
        made = list(image.get_renditions(*specs.values()).values())
    except (SourceImageIOError, OSError):
        # The original file is gone: the image is still described, without copies.
        made = []
    renditions = {}
    if len(made) == len(specs):
        renditions = {
            name: {"url": absolute(request, r.url), "width": r.width, "height": r.height}
            for name, r in zip(specs, made, strict=True)
        }
    return {
        "id": image.pk,
        "title": image.title,
        "alt": alt or image.title,
        "width": image.width,
        "height": image.height,
        "renditions": renditions,
    }


def document_value(request, value):
    """A document block's value (an article's document, a service's form) with its file."""
    document = value.get("document")
    return {
        "title": value.get("title") or (document.title if document else ""),
        "url": absolute(request, document.url) if document else None,
        "file_extension": document.file_extension if document else "",
        "file_size": document.file_size if document else None,
    }


def image_block_value(request, value):
    image = value.get("image")
    return {
        "image": image_data(request, image, BODY_RENDITIONS, value.get("alt_text", "")),
        "caption": value.get("caption") or "",
    }


def clean_rich_text(source, features):
    # The editor already keeps rich text to its features; text that reached the database
    # another way (an import, a migration) gets the same cleaning here.
    cleaned, _removals = APIRichText.sanitize_db_html(source or "", features=features)
    return expand_db_html(cleaned)


def block_value(request, child):
    kind, value = child.block_type, child.value
    if kind == "paragraph":
        return absolutize(request, clean_rich_text(value.source, child.block.features))
    if kind == "heading":
        return str(value)
    if kind == "image":
        return image_block_value(request, value)
    if kind == "gallery":
        return {
            "title": value.get("title") or "",
            "images": [image_block_value(request, item) for item in value.get("images") or []],
        }
    if kind == "embed":
        return {"url": value.url if value else ""}
    if kind == "document":
        return document_value(request, value)
    if kind == "quote":
        return {"text": value.get("text") or "", "attribution": value.get("attribution") or ""}
    if kind == "table":
        value = value or {}
        return {
            "rows": value.get("data") or [],
            "first_row_is_table_header": bool(value.get("first_row_is_table_header")),
            "first_col_is_header": bool(value.get("first_col_is_header")),
            "caption": value.get("table_caption") or "",
        }
    raise ValueError(f"Unknown body block type: {kind}")


def body_html(request, body):
    parts = []
    for child in body:
        if child.block_type == "paragraph":
            parts.append(clean_rich_text(child.value.source, child.block.features))
        else:
            parts.append(str(child.render(context={"request": request})))
    return absolutize(request, "".join(parts))


def views_by_page(page_ids):
    """Views of each page as readers see them: its own plus those of its syndicated copies."""
    totals = dict.fromkeys(page_ids, 0)
    rows = PageViewTotal.objects.filter(
        Q(page_id__in=page_ids) | Q(page__articlepage__syndicated_from_id__in=page_ids)
    ).values_list("page_id", "page__articlepage__syndicated_from_id", "views")
    for page_id, origin_id, views in rows:
        if page_id in totals:
            totals[page_id] += views
        if origin_id in totals:
            totals[origin_id] += views
    return totals


def section_ref(request, section):
    if section is None:
        return None
    return {
        "id": section.pk,
        "title": section.title,
        "slug": section.slug,
        "url": section.get_full_url(request),
    }


def parent_path(page):
    return page.path[: -Page.steplen]


def article_summary(request, edition, article, section_refs, views):
    """An article as lists show it; `section_refs` maps a section's tree path to its
    reference (section_ref)."""
    return {
        "id": article.pk,
        "title": article.title,
        "slug": article.slug,
        "kind": article.kind,
        "language": edition.language,
        "url": article.get_full_url(request),
        "api_url": api_url(request, "article", language=edition.language, article_id=article.pk),
        "publication_date": local_time(article.publication_date, edition),
        "summary": article.summary,
        "section": section_refs.get(parent_path(article)),
        "tags": [{"name": tag.name, "slug": tag.slug} for tag in article.tags.all()],
        "lead_image": image_data(
            request, article.lead_image, LEAD_RENDITIONS, article.lead_image_alt
        ),
        "views": views.get(article.pk, 0),
    }
