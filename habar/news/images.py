"""Images on the public pages and in the image library.

Each place an image appears (an article's lead, a list card, the body, a gallery) has one
set of sizes, cropped around the editor's focal point where the place has a fixed shape.
Readers get Wagtail's <picture> markup: AVIF and WebP sources with a JPEG fallback (PNG for
originals that may be transparent), each in several widths for `srcset` and `sizes`.

Renditions are made when an article is published, not when the first reader asks for them,
and list pages fetch the ones their cards need in one query.
"""

import os
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django_tasks import task
from PIL import features
from wagtail.admin.forms.pages import WagtailAdminPageForm
from wagtail.images import get_image_model
from wagtail.images.models import Filter, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.signals import page_published

# Pillow ships AVIF in its wheels from 11.2; a Pillow built without libavif still gets WebP.
MODERN_FORMATS = ("avif", "webp") if features.check("avif") else ("webp",)
FALLBACK_FORMATS = ("jpeg", "png")
# JPEG has no transparency: originals that may have it fall back to PNG.
TRANSPARENT_ORIGINALS = {"png", "gif"}


@dataclass(frozen=True)
class Placement:
    """Where an image appears: its rendition sizes and the `sizes` attribute that goes
    with them (the layout's main column is at most 50rem wide, the whole page below 60rem)."""

    size_specs: str
    sizes: str

    def filter_specs(self, fallback):
        return [
            f"{size}|format-{fmt}"
            for fmt in (*MODERN_FORMATS, fallback)
            for size in Filter.expand_spec(self.size_specs)
        ]

    def all_filter_specs(self):
        return [spec for fallback in FALLBACK_FORMATS for spec in self.filter_specs(fallback)]


PLACEMENTS = {
    # `fill` crops to the shape around the image's focal point.
    "lead": Placement("fill-{400x225,800x450,1200x675}", "(min-width: 60rem) 50rem, 100vw"),
    "card": Placement("fill-{320x180,640x360}", "(min-width: 40rem) 20rem, 100vw"),
    "gallery": Placement(
        "fill-{300x200,600x400}", "(min-width: 60rem) 16rem, (min-width: 30rem) 50vw, 100vw"
    ),
    # Body images keep the editor's composition: no crop.
    "body": Placement("width-{400,800,1200}", "(min-width: 60rem) 50rem, 100vw"),
}


def fallback_format(image):
    extension = os.path.splitext(image.file.name)[1].lower().lstrip(".")
    return "png" if extension in TRANSPARENT_ORIGINALS else "jpeg"


def picture(image, placement, alt, **attrs):
    """The <picture> element for `image` shown at `placement`, with `alt` as its text.

    The alternative text belongs to the page or block that places the image, in that
    page's language; the image library's own description only stands in for content
    placed before alternative text was required.
    """
    if image is None:
        return ""
    place = PLACEMENTS[placement]
    renditions = get_renditions_or_not_found(image, place.filter_specs(fallback_format(image)))
    attrs = {"alt": alt or image.default_alt_text, "sizes": place.sizes, **attrs}
    return Picture(renditions, attrs).__html__()


def with_lead_images(articles, placement="card"):
    """`articles` with their lead images and those images' renditions for `placement`:
    one query for the renditions of a whole list, however long."""
    renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(filter_spec__in=PLACEMENTS[placement].all_filter_specs())
    )
    return articles.select_related("lead_image").prefetch_related(
        Prefetch("lead_image__renditions", queryset=renditions, to_attr="prefetched_renditions")
    )


# The lead image as shared on social networks (includes/article_meta.html): one JPEG or PNG.
SHARE_SPEC = "fill-1200x630"


def rendition_specs(image, placement):
    if placement == "share":
        return [SHARE_SPEC]
    return PLACEMENTS[placement].filter_specs(fallback_format(image))


def placed_images(article):
    """(image, placement) for every image an article shows."""
    if article.lead_image_id:
        yield article.lead_image, "lead"
        yield article.lead_image, "card"
        yield article.lead_image, "share"
    for block in article.body:
        if block.block_type == "image":
            yield block.value["image"], "body"
        elif block.block_type == "gallery":
            for item in block.value["images"]:
                yield item["image"], "gallery"


@task()
def make_renditions(placed):
    """Make the renditions for [(image id, placement)], so readers never wait for them."""
    images = get_image_model().objects.in_bulk({pk for pk, _placement in placed})
    for pk, placement in placed:
        image = images.get(pk)
        if image is not None:
            get_renditions_or_not_found(image, rendition_specs(image, placement))


def make_renditions_on_publish(sender, instance, **kwargs):
    if instance._meta.label != "news.ArticlePage":
        return
    placed = sorted(
        {(image.pk, placement) for image, placement in placed_images(instance) if image}
    )
    if placed:
        transaction.on_commit(lambda: make_renditions.enqueue([list(p) for p in placed]))


# Scheduled publishing sends the same signal: a scheduled article's images are ready too.
page_published.connect(make_renditions_on_publish, dispatch_uid="habar-make-renditions")


class LeadImageAltForm(WagtailAdminPageForm):
    """Article form: a lead image needs its alternative text, in the article's language."""

    def clean(self):
        cleaned = super().clean()
        # Like Wagtail's required fields: a draft may be unfinished, a publication may not.
        if self.is_deferred_validation:
            return cleaned
        if cleaned.get("lead_image") and not (cleaned.get("lead_image_alt") or "").strip():
            self.add_error(
                "lead_image_alt",
                _(
                    "Describe the lead image for readers who cannot see it, "
                    "in this page's language."
                ),
            )
        return cleaned
