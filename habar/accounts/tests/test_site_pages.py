"""An editor's admin shows the pages of their own sites only: choosers, explorer, reports."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import resolve, reverse
from wagtail.models import Locale, Page, Site

from habar.accounts import workflow_reports
from habar.accounts.testing import verified_login
from habar.demo.builder import DemoBuilder
from habar.news.models import ArticleIndexPage, HomePage
from habar.news.tests.factories import ArticlePageFactory

from .conftest import PASSWORD, sign_in

EMBASSY = {"key": "berlin", "title": {"en": "Embassy in Berlin"}, "time_zone": "Europe/Berlin"}
SECRET = "Ministry secret draft"
MINISTRY_WORKFLOW = "Ministry of Foreign Affairs of Turkmenistan: news review"


@pytest.fixture
def embassy(roles):
    """A second site with a home in two languages, its own roles and a section."""
    root = Page.get_first_root_node()
    english = root.add_child(instance=HomePage(title="Embassy in Berlin", slug="berlin-en"))
    german = root.add_child(
        instance=HomePage(
            title="Botschaft in Berlin",
            slug="berlin-de",
            locale=Locale.objects.get_or_create(language_code="de")[0],
            translation_key=english.translation_key,
        )
    )
    english.add_child(instance=ArticleIndexPage(title="Embassy news", slug="embassy-news"))
    Site.objects.create(hostname="berlin.test", root_page=german)
    DemoBuilder(password=PASSWORD).build_roles(EMBASSY, {"en": english, "de": german})
    return english


@pytest.fixture
def ministry_draft(tree, roles):
    """A ministry article never published, in the ministry's review workflow."""
    draft = ArticlePageFactory(parent=tree.section("politics"), title=SECRET, live=False)
    draft.save_revision(user=roles["editor"])
    draft.get_workflow().start(draft, roles["editor"])
    return draft


@pytest.fixture
def berlin_editor(embassy):
    client = Client()
    sign_in(client, get_user_model().objects.get(username="berlin-editor"))
    return client


def text(response):
    """The answer's text, a chooser's HTML included (it comes inside JSON)."""
    if response["Content-Type"].startswith("application/json"):
        return json.dumps(json.loads(response.content), ensure_ascii=False)
    return response.content.decode()


def test_the_page_chooser_offers_only_the_editors_sites(berlin_editor, tree):
    response = berlin_editor.get("/admin/choose-page/")

    assert "Embassy in Berlin" in text(response)
    assert tree.homes["en"].title not in text(response)


def test_the_page_chooser_does_not_open_at_another_sites_page(berlin_editor, ministry_draft):
    response = berlin_editor.get(f"/admin/choose-page/{ministry_draft.get_parent().pk}/")

    assert response.status_code == 404
    assert SECRET not in text(response)


def test_the_page_chooser_search_finds_only_the_editors_sites(berlin_editor, ministry_draft):
    response = berlin_editor.get("/admin/choose-page/search/", {"q": "secret"})

    assert response.status_code == 200
    assert SECRET not in text(response)


def test_a_chooser_for_a_page_type_does_not_start_at_another_sites_page(
    berlin_editor, ministry_draft
):
    # Only the ministry has articles: Wagtail would open at their common ancestor, the
    # ministry's Politics section, listing the draft.
    response = berlin_editor.get(
        "/admin/choose-page/", {"page_type": "news.articlepage"}, follow=True
    )

    assert SECRET not in text(response)
    assert "Politics" not in text(response)


@pytest.mark.parametrize("suffix", ["", "results/"])
def test_the_explorer_does_not_open_another_sites_page(berlin_editor, ministry_draft, suffix):
    response = berlin_editor.get(f"/admin/pages/{ministry_draft.pk}/{suffix}")

    assert response.status_code == 404
    assert SECRET not in text(response)
    assert MINISTRY_WORKFLOW not in text(response)


def test_the_explorer_still_opens_the_editors_own_site(berlin_editor, embassy):
    response = berlin_editor.get(f"/admin/pages/{embassy.pk}/")

    assert response.status_code == 200
    assert "Embassy news" in text(response)


@pytest.mark.parametrize("report", ["workflow", "workflow_tasks"])
def test_workflow_reports_filter_by_the_editors_workflows_only(
    berlin_editor, embassy, ministry_draft, report
):
    response = berlin_editor.get(f"/admin/reports/{report}/")

    assert response.status_code == 200
    assert MINISTRY_WORKFLOW not in text(response)
    assert "Ministry of Foreign Affairs of Turkmenistan: review by publishers" not in text(response)
    assert "ministry-editor" not in text(response)


def test_the_workflow_report_offers_the_editors_own_workflow(berlin_editor, embassy):
    editor = get_user_model().objects.get(username="berlin-editor")
    draft = ArticlePageFactory(parent=embassy.get_children().get(), title="Visa hours", live=False)
    draft.save_revision(user=editor)
    draft.get_workflow().start(draft, editor)

    response = berlin_editor.get("/admin/reports/workflow/")

    workflows = response.context["filters"].form.fields["workflow"].queryset
    assert [w.name for w in workflows] == ["Embassy in Berlin: news review"]


def test_a_superuser_sees_every_site(superuser, embassy, ministry_draft):
    client = verified_login(Client(), superuser)

    assert SECRET in text(client.get("/admin/choose-page/search/", {"q": "secret"}))
    assert client.get(f"/admin/pages/{ministry_draft.pk}/").status_code == 200
    assert MINISTRY_WORKFLOW in text(client.get("/admin/reports/workflow/"))


@pytest.mark.parametrize(
    ("name", "view"),
    [
        ("workflow", workflow_reports.WorkflowView),
        ("workflow_results", workflow_reports.WorkflowView),
        ("workflow_tasks", workflow_reports.WorkflowTasksView),
        ("workflow_tasks_results", workflow_reports.WorkflowTasksView),
    ],
)
def test_wagtails_workflow_report_addresses_reach_the_narrowed_reports(name, view):
    # If Wagtail moves a report, this fails rather than its filters silently widening.
    assert resolve(reverse(f"wagtailadmin_reports:{name}")).func.view_class is view
