"""The search form accepts anything and hands on only what is safe to search for."""

import datetime

import pytest
from django.http import QueryDict
from django.utils import translation

from habar.search.forms import MAX_QUERY_LENGTH, SearchForm, clean_text


def form(**data):
    query = QueryDict(mutable=True)
    query.update(data)
    return SearchForm(query, sections=[])


def test_control_characters_and_nul_become_spaces():
    assert clean_text("a\x00b\tc\x1bd", 200) == ("a b c d", False)


def test_emoji_and_joiners_are_kept():
    family = "👨\u200d👩\u200d👧"
    assert clean_text(f"{family} 🇹🇲", 200) == (f"{family} 🇹🇲", False)


def test_long_queries_are_cut_and_say_so():
    search = form(q="x" * 10_000)

    assert search.is_valid()
    assert search.cleaned_data["q"] == "x" * MAX_QUERY_LENGTH
    assert search.query_was_shortened


def test_turkmen_date_format():
    search = form(q="x", **{"from": "31.12.2024"})

    assert search.is_valid()
    assert search.cleaned_data["from"] == datetime.date(2024, 12, 31)


def test_iso_date_format():
    search = form(q="x", to="2024-12-31")

    assert search.is_valid()
    assert search.cleaned_data["to"] == datetime.date(2024, 12, 31)


def test_invalid_date_is_an_error():
    assert "from" in form(q="x", **{"from": "32.13.2024"}).errors


def test_dates_out_of_range_are_an_error():
    assert "to" in form(q="x", to="31.12.9999").errors


def test_end_before_start_is_an_error():
    assert "to" in form(q="x", to="01.01.2024", **{"from": "02.01.2024"}).errors


def test_unknown_section_is_an_error():
    assert "section" in form(q="x", section="nowhere").errors


@pytest.mark.parametrize(
    ("language", "hint"),
    [("en", "DD.MM.YYYY"), ("de", "TT.MM.JJJJ"), ("fr", "JJ.MM.AAAA"), ("fa", "روز.ماه.سال")],
)
def test_a_date_field_shows_how_to_write_a_date_in_the_readers_language(language, hint):
    with translation.override(language):
        field = str(form()["from"])
        help_text = str(form().fields["from"].help_text)

    assert f'placeholder="{hint}"' in field
    assert help_text == hint
