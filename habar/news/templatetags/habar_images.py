from django import template
from django.utils.safestring import mark_safe

from habar.news import images

register = template.Library()


@register.simple_tag
def responsive_picture(image, placement, alt, **attrs):
    """{% responsive_picture image "lead" alt=page.lead_image_alt %}: see habar.news.images."""
    # Wagtail's Picture builds its markup with flatatt, which escapes every value.
    return mark_safe(images.picture(image, placement, alt, **attrs))  # noqa: S308
