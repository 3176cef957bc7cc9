"""Updates and corrections: a change to a live article is a minor edit, or a public note
with its date on the page, in its JSON-LD, in the Atom feed, in the API and on its copies."""

import datetime
import json

import feedparser
import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from habar.accounts.testing import verified_login
from habar.news.models import ArticleChange, ArticlePage
from habar.news.syndication import syndicate
from habar.news.tests.factories import ArticlePageFactory, ashgabat
from habar.news.tests.test_syndication import embassy, path_on_site

NOTE = "An earlier version gave the wrong date for the talks."


@pytest.fixture
def article(tree):
    return ArticlePageFactory(
        parent=tree.section("politics"),
        title="Talks in Geneva",
        publication_date=ashgabat(2025, 5, 3),
    )


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "x" * 16)
    return verified_login(Client(headers={"Accept-Language": "en"}), user)


def edit(client, article, publish=True, **fields):
    data = {
        "title": article.title,
        "kind": "news",
        "slug": article.slug,
        "summary": article.summary,
        "publication_date": timezone.localtime(article.publication_date).strftime("%Y-%m-%d %H:%M"),
        "lead_image": "",
        "lead_image_alt": "",
        "body": streamfield([]),
        "tags": "",
        "related_links": inline_formset([]),
        **fields,
    }
    if publish:
        data["action-publish"] = "action-publish"
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]), nested_form_data(data)
    )


def ms(moment):
    """`moment` as JSON carries it, to the millisecond."""
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def structured(page):
    tags = page.select('script[type="application/ld+json"]')
    return next(item for item in map(json.loads, (t.string for t in tags)) if "headline" in item)


def shown_changes(page):
    """(label, note, machine-readable date) for each note under the article's date."""
    found = []
    for note in page.select(".article .changes p"):
        time = note.select_one("time")
        found.append(
            (
                time.get_text(),
                note.get_text().split(":", 1)[1].strip(),
                datetime.datetime.fromisoformat(time["datetime"]),
            )
        )
    return found


def atom_entry(reader, article):
    entries = feedparser.parse(reader.get("/en/feed/atom/").content).entries
    return next(e for e in entries if e.link == article.get_full_url())


def test_a_minor_edit_changes_nothing_readers_see(article, editor, reader, html):
    response = edit(editor, article, title="Talks in Geneva, retitled", change_kind="minor")

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Talks in Geneva, retitled"
    assert not ArticleChange.objects.exists()
    page = html(reader.get(article.url))
    assert page.select(".changes") == []
    news = structured(page)
    assert datetime.datetime.fromisoformat(news["dateModified"]) == ashgabat(2025, 5, 3)
    assert "correction" not in news
    updated = datetime.datetime.fromisoformat(atom_entry(reader, article).updated)
    assert updated == ashgabat(2025, 5, 3)
    detail = reader.get(f"/api/v1/en/articles/{article.pk}/").json()
    assert detail["changes"] == []
    assert datetime.datetime.fromisoformat(detail["date_modified"]) == ashgabat(2025, 5, 3)


def test_a_correction_shows_on_the_page_in_json_ld_the_feed_and_the_api(
    article, editor, reader, html
):
    response = edit(editor, article, change_kind="correction", change_note=NOTE)

    assert response.status_code == 302
    change = ArticleChange.objects.get(article=article)
    article.refresh_from_db()
    assert (change.kind, change.note) == ("correction", NOTE)
    assert change.date == article.last_published_at

    page = html(reader.get(article.url))
    [(label, note, date)] = shown_changes(page)
    assert label == f"Correction {date:%d.%m.%Y}:"
    assert note == NOTE
    assert date == change.date.replace(microsecond=0)  # HTML's datetime, to the second

    news = structured(page)
    assert datetime.datetime.fromisoformat(news["dateModified"]) == ms(change.date)
    assert news["correction"] == [
        {"@type": "CorrectionComment", "text": NOTE, "datePublished": news["dateModified"]}
    ]
    assert datetime.datetime.fromisoformat(atom_entry(reader, article).updated) == change.date

    detail = reader.get(f"/api/v1/en/articles/{article.pk}/").json()
    [shown] = detail["changes"]
    assert (shown["kind"], shown["note"]) == ("correction", NOTE)
    assert datetime.datetime.fromisoformat(shown["date"]) == ms(change.date)
    assert datetime.datetime.fromisoformat(detail["date_modified"]) == ms(change.date)


def test_an_update_moves_date_modified_but_is_no_correction(article, editor, reader, html):
    edit(editor, article, change_kind="update", change_note="Adds the joint statement.")

    page = html(reader.get(article.url))
    [(label, note, _date)] = shown_changes(page)
    assert label.startswith("Updated ")
    assert note == "Adds the joint statement."
    news = structured(page)
    assert "correction" not in news
    change = ArticleChange.objects.get(article=article)
    assert datetime.datetime.fromisoformat(news["dateModified"]) == ms(change.date)


def test_the_text_view_shows_the_notes(article, editor, reader):
    edit(editor, article, change_kind="correction", change_note=NOTE)

    body = reader.get(article.url + "text/").content.decode()

    assert NOTE in body


def test_a_drafts_note_waits_for_publication(article, editor, reader, html):
    response = edit(editor, article, publish=False, change_kind="update", change_note="Later.")

    assert response.status_code == 302
    # Nothing public: the note is in the draft's revision only.
    assert not ArticleChange.objects.exists()
    assert html(reader.get(article.url)).select(".changes") == []
    form = editor.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).context["form"]
    assert form["change_kind"].value() == "update"
    assert form["change_note"].value() == "Later."

    ArticlePage.objects.get(pk=article.pk).get_latest_revision().publish()

    change = ArticleChange.objects.get(article=article)
    assert (change.kind, change.note) == ("update", "Later.")
    assert change.date is not None
    # Reopened, the published article has no pending note: the next edit starts as minor.
    form = editor.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).context["form"]
    assert form["change_kind"].value() == "minor"
    assert form["change_note"].value() in ("", None)


def test_a_minor_edit_after_a_correction_keeps_the_correction(article, editor):
    edit(editor, article, change_kind="correction", change_note=NOTE)
    first = ArticleChange.objects.get(article=article)

    edit(editor, article, title="Talks in Geneva (2)", change_kind="minor")
    edit(editor, article, change_kind="update", change_note="Adds the statement.")

    changes = list(ArticleChange.objects.filter(article=article).order_by("date"))
    assert [(c.kind, c.note) for c in changes] == [
        ("correction", NOTE),
        ("update", "Adds the statement."),
    ]
    assert changes[0].date == first.date


def test_publishing_an_older_revision_keeps_published_notes(article, editor):
    edit(editor, article, change_kind="minor")
    older = ArticlePage.objects.get(pk=article.pk).get_latest_revision()
    edit(editor, article, change_kind="correction", change_note=NOTE)

    older.publish()

    assert [c.note for c in ArticleChange.objects.filter(article=article)] == [NOTE]


@pytest.mark.parametrize("kind", ["update", "correction"])
def test_an_update_or_correction_needs_a_note(article, editor, kind):
    response = edit(editor, article, change_kind=kind, change_note="   ")

    assert response.status_code == 200
    assert "change_note" in response.context["form"].errors
    assert not ArticleChange.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"change_kind": "retraction", "change_note": "x"},
        {"change_kind": "update", "change_note": "x" * 1001},
    ],
)
def test_bad_input_is_a_form_error(article, editor, fields):
    response = edit(editor, article, **fields)

    assert response.status_code == 200
    assert set(response.context["form"].errors) & {"change_kind", "change_note"}
    assert not ArticleChange.objects.exists()


def test_a_new_article_is_not_asked(tree, editor):
    section = tree.section("politics")
    url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", section.pk])

    form = editor.get(url).context["form"]

    assert "change_kind" not in form.fields
    assert "change_kind" in editor.get(url).context["form"].__class__.base_fields


def test_a_copy_shows_its_origins_notes(article, editor, reader, html):
    berlin = embassy("berlin")
    edit(editor, article, change_kind="correction", change_note=NOTE)
    copy = syndicate(ArticlePage.objects.get(pk=article.pk), berlin)

    page = html(reader.get(path_on_site(copy), HTTP_HOST="berlin.localhost"))
    assert [note for _label, note, _date in shown_changes(page)] == [NOTE]

    # The origin's next update reaches the copy; its minor edits add nothing.
    edit(editor, article, change_kind="update", change_note="Adds the statement.")
    edit(editor, article, change_kind="minor")

    page = html(reader.get(path_on_site(copy), HTTP_HOST="berlin.localhost"))
    assert [note for _label, note, _date in shown_changes(page)] == [NOTE, "Adds the statement."]
    origin_dates = list(
        ArticleChange.objects.filter(article=article)
        .order_by("date")
        .values_list("date", flat=True)
    )
    copy_dates = list(
        ArticleChange.objects.filter(article=copy).order_by("date").values_list("date", flat=True)
    )
    assert copy_dates == origin_dates


def test_revisions_with_notes_compare_in_the_history(article, editor):
    edit(editor, article, change_kind="minor")
    edit(editor, article, change_kind="correction", change_note=NOTE)
    first, second = ArticlePage.objects.get(pk=article.pk).revisions.order_by("pk")
    url = reverse("wagtailadmin_pages:revisions_compare", args=[article.pk, first.pk, second.pk])

    response = editor.get(url)

    assert response.status_code == 200


def test_a_copy_is_not_asked_its_notes_are_its_origins(article, editor):
    copy = syndicate(article, embassy("berlin"))

    form = editor.get(reverse("wagtailadmin_pages:edit", args=[copy.pk])).context["form"]

    assert "change_kind" not in form.fields


def test_a_revision_from_before_the_notes_keeps_a_migrated_correction(article):
    revision = article.save_revision()
    # As a revision saved before the list of changes existed: the old free-text field only.
    content = {k: v for k, v in revision.content.items() if k != "changes"}
    revision.content = {**content, "corrections": "Old text."}
    revision.save(update_fields=["content"])
    migrated = ArticleChange.objects.create(
        article=article, kind="correction", note="Old text.", date=ashgabat(2025, 6, 1)
    )

    revision.publish()

    assert list(ArticleChange.objects.filter(article=article)) == [migrated]
    assert ArticleChange.objects.get(pk=migrated.pk).date == ashgabat(2025, 6, 1)


def test_a_ministry_publisher_without_rights_on_the_embassy_corrects_its_copy(
    article, tree, reader, html, django_user_model
):
    copy = syndicate(article, embassy("berlin"))
    publisher = django_user_model.objects.create_user("ministry-publisher", password="x" * 16)
    group = Group.objects.create(name="Ministry publishers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=tree.homes["en"],
            permission=Permission.objects.get(codename=codename),
        )
    publisher.groups.add(group)

    response = edit(
        verified_login(Client(headers={"Accept-Language": "en"}), publisher),
        article,
        change_kind="correction",
        change_note=NOTE,
    )

    assert response.status_code == 302
    page = html(reader.get(path_on_site(copy), HTTP_HOST="berlin.localhost"))
    assert [note for _label, note, _date in shown_changes(page)] == [NOTE]
