"""The dates an article shows, in the platform's languages: Django's formats where they
are right, Habar's own (`habar/formats/`) where Django has none. Digits are Latin in every
language, right-to-left ones included."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

PUBLISHED = datetime.datetime(2025, 8, 1, 12, 0)  # noqa: DTZ001 -- a date to format, no clock
TEMPLATE = Template('{{ when|date:"SHORT_DATE_FORMAT" }}|{{ when|date:"d.m" }}')


@pytest.mark.parametrize(
    ("language", "published"),
    [
        ("de", "01.08.2025"),
        ("fr", "01/08/2025"),
        ("tr", "01 Ağu 2025"),
        ("uk", "01.08.2025"),
        ("uz", "01.08.2025"),
        ("kk", "01.08.2025"),
        ("tk", "01.08.2025"),
        ("fa", "2025/8/1"),
        ("ar", "01\u200f/08\u200f/2025"),
        ("zh-hans", "2025年8月1日"),
        ("ja", "2025/08/01"),
        ("ko", "2025-8-1"),
    ],
)
def test_an_article_shows_its_date_as_the_language_writes_it(language, published):
    with translation.override(language):
        shown = TEMPLATE.render(Context({"when": PUBLISHED}))

    assert shown == f"{published}|01.08"
