import pytest

from habar.news.translation_units import apply_units, page_units

from .factories import PARAGRAPH, rich_article

pytestmark = pytest.mark.django_db


def test_units_are_the_texts_a_reader_sees_keyed_by_field_and_block(tree):
    article = rich_article(tree)
    units = {unit.id: unit for unit in page_units(article)}
    body = {block.block_type: block.id for block in article.body}

    assert units["title"].text == "The minister met the ambassador"
    assert units["summary"].text == "A meeting in Ashgabat."
    assert units["lead_image_alt"].text == "The ministry's building"
    assert units["seo_title"].text == "Minister meets ambassador"
    assert "search_description" not in units  # empty: nothing to translate
    assert units[f"body.{body['paragraph']}"].text == PARAGRAPH
    assert units[f"body.{body['paragraph']}"].is_html
    assert units[f"body.{body['heading']}"].text == "Talks"
    assert units[f"body.{body['image']}.alt_text"].text == "Two men shaking hands"
    assert units[f"body.{body['image']}.caption"].text == "At the ministry"
    assert units[f"body.{body['gallery']}.title"].text == "The visit"
    item = article.body[3].value["images"].bound_blocks[0].id
    assert units[f"body.{body['gallery']}.images.{item}.alt_text"].text == "A flag"
    assert units[f"body.{body['quote']}.text"].text == "Peace is our way."
    assert not [unit for unit in units if unit.startswith(f"body.{body['embed']}")]


def test_applied_units_change_the_texts_and_nothing_else(tree):
    article = rich_article(tree)
    texts = {unit.id: f"[{unit.text}]" for unit in page_units(article)}

    apply_units(article, texts)

    assert [unit.text for unit in page_units(article)] == list(texts.values())
    assert article.body[2].value["image"].title == "Photo"
    assert article.body[5].value.url == "https://example.org/video"
