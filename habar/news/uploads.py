"""The image library's upload form: raster images within the size limits, refused with
a message that says how big the image is and how big it may be."""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


def _megapixels(pixels):
    return floatformat(pixels / 1_000_000, -1)


class ImageFileField(WagtailImageField):
    """Wagtail's image upload field, saying plainly how big an image may be."""

    def too_many_pixels(self, message, limit, **values):
        return ValidationError(
            message % {**values, "limit": _megapixels(limit)}, code="file_too_many_pixels"
        )

    def check_image_pixel_size(self, f):
        try:
            width, height = f.image.get_size()
        except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError):
            # Pillow itself refuses to open it (twice its own limit, or once if its warning
            # is turned into an error).
            raise self.too_many_pixels(
                _(
                    "This image has too many pixels to be opened safely. Images may have at "
                    "most %(limit)s megapixels: make it smaller and upload it again."
                ),
                limit=min(
                    self.max_image_pixels or PILImage.MAX_IMAGE_PIXELS, PILImage.MAX_IMAGE_PIXELS
                ),
            ) from None
        if self.max_image_pixels is None:
            return
        # Pillow, which makes the renditions, reads only the first frame of an animation.
        if width * height <= self.max_image_pixels:
            return
        raise self.too_many_pixels(
            _(
                "This image is %(width)s × %(height)s pixels (%(megapixels)s megapixels). "
                "Images may have at most %(limit)s megapixels: make it smaller and upload "
                "it again."
            ),
            limit=self.max_image_pixels,
            width=width,
            height=height,
            megapixels=_megapixels(width * height),
        )


class ImageForm(BaseImageForm):
    """The image library's upload and edit form (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        wagtail_field = self.fields.get("file")
        if wagtail_field is not None:
            self.fields["file"] = ImageFileField(
                label=wagtail_field.label,
                required=wagtail_field.required,
                widget=wagtail_field.widget,
            )
