"""The demo's statements and sample notice (habar.demo.statements)."""

import pytest
from django.utils import timezone

from habar.news.models import ArticlePage
from habar.notices.models import Notice, shown_notices

pytestmark = [pytest.mark.django_db]


def test_the_ministry_has_two_statements_in_each_of_its_languages(demo):
    statements = ArticlePage.objects.live().statements().select_related("locale")

    by_language = {}
    for statement in statements:
        if statement.syndicated_from_id is None:
            by_language.setdefault(statement.locale.language_code, []).append(statement)
    assert {code: len(found) for code, found in by_language.items()} == {"en": 2, "ru": 2, "tk": 2}


def test_a_run_again_adds_no_statement_and_no_notice(demo):
    # The module's demo ran twice (with --force): each statement and the notice once.
    assert ArticlePage.objects.statements().filter(locale__language_code="en").count() == 2
    assert Notice.objects.count() == 1


def test_the_sample_notice_shows_on_no_page(demo):
    sample = Notice.objects.get()

    assert not sample.is_active(timezone.now())
    for site in sample.sites.all():
        assert shown_notices(site.pk, "en") == []
