from habar.importer.content import BodyBuilder, clean_rich_text


def found(src, alt):
    return {"src": src}, None


def test_links_keep_only_safe_addresses():
    html = clean_rich_text(
        '<p><a href="javascript:alert(1)">x</a> <a href="/en/" title="t">y</a></p>'
    )
    assert html == '<p><a>x</a> <a href="/en/">y</a></p>'


def test_image_without_alternative_text_takes_the_headline_and_is_reported():
    body = BodyBuilder(found, fallback_alt="Talks in Ashgabat").build(
        '<p>Text</p><img src="a.png">'
    )
    kind, value = body.blocks[-1]
    assert (kind, value["alt_text"]) == ("image", "Talks in Ashgabat")
    assert body.notes == ["image without alternative text: a.png"]
