"""A post's text within Telegram's limits, counted as Telegram counts."""

from habar.telegram import text


def test_the_text_is_escaped_for_telegrams_html():
    composed = text.compose("A < B & C", "“Quoted” <b>", 'http://x.test/?a=1&b="2"', "Read", 100)
    assert composed == (
        "<b>A &lt; B &amp; C</b>\n\n“Quoted” &lt;b&gt;\n\n"
        '<a href="http://x.test/?a=1&amp;b=&quot;2&quot;">Read</a>'
    )


def test_without_a_lead_the_title_and_link_remain():
    assert text.compose("Title", "  ", "http://x.test/", "Read", 100) == (
        '<b>Title</b>\n\n<a href="http://x.test/">Read</a>'
    )


def test_a_long_lead_is_cut_at_a_word_to_fit():
    composed = text.compose("Title", "word " * 500, "http://x.test/", "Read", text.CAPTION_LIMIT)
    shown = "Title\n\n" + composed.split("\n\n")[1] + "\n\nRead"
    assert text.shown_length(shown) <= text.CAPTION_LIMIT
    assert composed.split("\n\n")[1].endswith("word…")


def test_characters_beyond_the_bmp_count_twice():
    assert text.shown_length("😀") == 2
    assert text.shorten("😀😀😀", 4) == "😀…"
