"""`habar demo` never mixes itself into somebody's content unless told to.

Building the demo is checked in built/test_demo.py; here the builder is replaced by a stub
that records whether the command let it run.
"""

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Page

from habar.demo.builder import DemoBuilder
from habar.news.tests.factories import ArticleIndexPageFactory, HomePageFactory
from habar.sites.tests.factories import LocaleFactory


@pytest.fixture
def builds(monkeypatch):
    calls = []

    def build(self):
        calls.append(self)
        return {"created": 0, "updated": 0}

    monkeypatch.setattr(DemoBuilder, "build", build)
    return calls


@pytest.fixture
def foreign_home(db):
    """Somebody's own site, made without the demo."""
    home = HomePageFactory(
        title="Our own site", slug="own", locale=LocaleFactory(language_code="en")
    )
    ArticleIndexPageFactory(parent=home, title="Our own news")
    return home


def demo(*args):
    with translation.override("en"):  # the command speaks the platform's default, Turkmen
        call_command("demo", *args, stdout=io.StringIO())


def test_runs_on_a_fresh_database(db, builds):
    demo()

    assert len(builds) == 1


def test_refuses_when_the_database_holds_other_pages(foreign_home, builds):
    with pytest.raises(CommandError, match="--force"):
        demo()

    assert builds == []


def test_refusal_counts_the_other_pages(foreign_home, builds):
    with pytest.raises(CommandError, match="2 pages"):
        demo()


def test_refuses_when_wagtails_welcome_page_was_edited(db, builds):
    Page.objects.filter(depth=2).update(title="Our home page")

    with pytest.raises(CommandError):
        demo()


def test_force_runs_beside_other_pages(foreign_home, builds):
    demo("--force")

    assert len(builds) == 1
