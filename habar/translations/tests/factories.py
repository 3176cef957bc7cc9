"""An English article with every kind of text a translator meets, and its Russian section."""

import uuid

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.rich_text import RichText

from habar.news.tests.factories import ArticlePageFactory

PARAGRAPH = (
    '<p>The minister met <b>the ambassador</b> in <a href="https://example.org">Ashgabat</a>.</p>'
)


def block_id():
    return str(uuid.uuid4())


def rich_article(tree, title="The minister met the ambassador", **kwargs):
    image = Image.objects.create(title="Photo", file=get_test_image_file())
    body = [
        {"type": "paragraph", "value": PARAGRAPH, "id": block_id()},
        {"type": "heading", "value": "Talks", "id": block_id()},
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "alt_text": "Two men shaking hands",
                "caption": "At the ministry",
            },
            "id": block_id(),
        },
        {
            "type": "gallery",
            "value": {
                "title": "The visit",
                "images": [
                    {
                        "type": "item",
                        "value": {"image": image.pk, "alt_text": "A flag", "caption": ""},
                        "id": block_id(),
                    }
                ],
            },
            "id": block_id(),
        },
        {
            "type": "quote",
            "value": {"text": "Peace is our way.", "attribution": ""},
            "id": block_id(),
        },
        {"type": "embed", "value": "https://example.org/video", "id": block_id()},
    ]
    article = ArticlePageFactory(
        parent=tree.section("politics", "en"),
        title=title,
        summary="A meeting in Ashgabat.",
        lead_image_alt="The ministry's building",
        seo_title="Minister meets ambassador",
        body=body,
        **kwargs,
    )
    article.save_revision().publish()
    article.refresh_from_db()
    return article


def paragraph(text):
    return RichText(f"<p>{text}</p>")
