"""Text helpers every layer uses."""

from anyascii import anyascii
from django.utils.text import slugify


def ascii_slug(title):
    """A URL slug in ASCII: Russian and Turkmen titles transliterated (Политика -> politika)."""
    return slugify(anyascii(title))[:200].strip("-")
