"""The demo network, built once for the tests of this package (xdist runs them on one
worker: habar/conftest.py).

It is built, then run a second time (with --force, beside a site somebody made by hand),
inside a transaction rolled back once the package's tests are done; each test runs in a
savepoint within it. SQLite only: on PostgreSQL every live server of the second pass
starts from the same demo (habar.tests.live).
"""

import datetime
import io
import types

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Page, Site

from habar.news.models import ArticlePage
from habar.news.tests.factories import ArticleIndexPageFactory, HomePageFactory
from habar.sites.models import SiteSettings
from habar.sites.tests.factories import LocaleFactory
from habar.stats.models import PageViewDay, PageViewTotal, add_views

DEMO_PASSWORD = "demo-password-for-tests"  # noqa: S105


def run_demo(*args):
    output = io.StringIO()
    with translation.override("en"):  # the command speaks the platform's default, Turkmen
        call_command("demo", *args, stdout=output)
    return output.getvalue()


def snapshot(leave_out=None):
    pages = Page.objects.all()
    if leave_out is not None:
        pages = pages.exclude(path__startswith=leave_out.path)
    return {
        "pages": pages.count(),
        "sites": Site.objects.count(),
        "site settings": SiteSettings.objects.count(),
        "locales": Locale.objects.count(),
        "view totals": PageViewTotal.objects.count(),
        "view days": PageViewDay.objects.count(),
    }


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), pytest.MonkeyPatch.context() as mp:
        mp.setenv("HABAR_DEMO_PASSWORD", DEMO_PASSWORD)
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            run = types.SimpleNamespace(password=DEMO_PASSWORD, first_output=run_demo())

            # Between the runs, readers read and somebody starts a site of their own.
            run.read = ArticlePage.objects.filter(view_total__views__gt=0).last()
            run.read_views = add_views(run.read.pk, datetime.date.today(), views=5)
            run.foreign_home = HomePageFactory(
                title="Our own site", slug="own", locale=LocaleFactory(language_code="en")
            )
            ArticleIndexPageFactory(parent=run.foreign_home, title="Our own news")

            run.first_snapshot = snapshot(leave_out=run.foreign_home)
            run.second_output = run_demo("--force")
            run.second_snapshot = snapshot(leave_out=run.foreign_home)
            yield run
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
