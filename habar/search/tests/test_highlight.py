"""Matched words are marked, and everything is escaped."""

from habar.search.highlight import Highlighter


def test_marks_the_matching_word():
    assert Highlighter("neutrality").highlight("Policy of neutrality") == (
        "Policy of <mark>neutrality</mark>"
    )


def test_escapes_html_around_and_inside_marks():
    assert Highlighter("script neutrality").highlight("<script>x</script> Neutrality") == (
        "&lt;<mark>script</mark>&gt;x&lt;/<mark>script</mark>&gt; <mark>Neutrality</mark>"
    )


def test_a_query_cannot_inject_markup():
    assert "<b>" not in Highlighter("<b>bold</b>").highlight("bold b")


def test_matches_without_turkmen_letters():
    assert Highlighter("syyasat").highlight("Syýasat") == "<mark>Syýasat</mark>"


def test_matches_another_form_of_a_long_word():
    assert Highlighter("нейтралитета").highlight("нейтралитет") == "<mark>нейтралитет</mark>"


def test_short_words_match_only_whole():
    assert Highlighter("new").highlight("news") == "news"


def test_unrelated_words_sharing_a_start_do_not_match():
    assert Highlighter("state").highlight("statement") == "statement"


def test_snippet_is_taken_around_the_first_match():
    text = " ".join(f"w{n}" for n in range(100)) + " neutrality " + "end " * 100

    snippet = Highlighter("neutrality").snippet([text], length=5, before=2)

    assert snippet == "… w98 w99 <mark>neutrality</mark> end end …"


def test_snippet_prefers_the_first_text_that_matches():
    assert Highlighter("peace").snippet(["A summary.", "Body on peace."]) == (
        "Body on <mark>peace</mark>."
    )


def test_snippet_without_a_match_is_the_start_of_the_first_text():
    assert Highlighter("peace").snippet(["", "One two three."], length=2) == "One two …"


def test_marks_the_forms_a_stemmer_joins():
    highlighter = Highlighter("Botschaften Wirtschaftsforums", "de")

    assert highlighter.highlight("Die Botschaft beim Wirtschaftsforum") == (
        "Die <mark>Botschaft</mark> beim <mark>Wirtschaftsforum</mark>"
    )


def test_marks_russian_forms_of_a_word():
    assert Highlighter("видеоконференциях", "ru").highlight("Видеоконференция министров") == (
        "<mark>Видеоконференция</mark> министров"
    )


def test_marks_arabic_forms_of_a_word():
    assert Highlighter("المؤتمرات", "ar").highlight("مؤتمر وزراء") == "<mark>مؤتمر</mark> وزراء"


def test_with_a_stemmer_words_sharing_a_start_but_not_a_stem_are_not_marked():
    # Without a stemmer, "general" would pass for a form of "generate".
    assert Highlighter("generate", "tk").highlight("general") == "<mark>general</mark>"

    assert Highlighter("generate", "en").highlight("generated general") == (
        "<mark>generated</mark> general"
    )


def test_without_a_stemmer_another_form_of_a_long_word_is_marked():
    assert Highlighter("Türkmenistan", "tk").highlight("Türkmenistanyň syýasaty") == (
        "<mark>Türkmenistanyň</mark> syýasaty"
    )
