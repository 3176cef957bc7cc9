"""`habar network apply FILE`: sites, homes, settings, sections, groups, the review workflow
and accounts, created or brought up to date; a second run changes nothing."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Collection, Locale, Page, Site, Workflow, WorkflowPage
from wagtail.users.models import UserProfile

from habar.accounts.models import SiteGroup
from habar.news.models import ArticleIndexPage, HomePage
from habar.sites.models import SiteSettings

from .conftest import NETWORK


def database_state():
    """Everything applying a network file may write, as comparable values."""
    return {
        "sites": sorted(Site.objects.values_list("hostname", "port", "root_page", "site_name")),
        "pages": sorted(Page.objects.values_list("pk", "title", "slug", "locale__language_code")),
        "settings": sorted(SiteSettings.objects.values_list("site", "languages", "time_zone")),
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "members": sorted(get_user_model().objects.values_list("username", "groups__name")),
        "workflows": sorted(WorkflowPage.objects.values_list("page", "workflow__name")),
    }


def test_the_sites_and_their_homes_per_language_are_created(network_file, network):
    network("apply", network_file())

    mfa = Site.objects.get(hostname="mfa.example")
    rome = Site.objects.get(hostname="rome.example", port=8443)
    homes = {p.locale.language_code: p for p in mfa.root_page.get_translations(inclusive=True)}
    assert (mfa.is_default_site, rome.is_default_site) == (True, False)
    assert mfa.root_page.locale.language_code == "tk"
    assert {code: page.title for code, page in homes.items()} == {
        "tk": "Daşary işler ministrligi",
        "ru": "Министерство иностранных дел",
        "en": "Ministry of Foreign Affairs",
    }
    assert all(isinstance(page.specific, HomePage) for page in homes.values())
    assert mfa.site_name == "Ministry of Foreign Affairs"


def test_wagtails_welcome_site_becomes_the_default_site(network_file, network):
    assert Site.objects.get().root_page.title == "Welcome to your new Wagtail site!"

    network("apply", network_file())

    assert Site.objects.count() == 2
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()


def test_the_settings_hold_languages_time_zone_and_contacts(network_file, network):
    network("apply", network_file())

    mfa = SiteSettings.objects.get(site__hostname="mfa.example")
    rome = SiteSettings.objects.get(site__hostname="rome.example")
    assert (mfa.languages, mfa.default_language, mfa.time_zone) == (
        ["tk", "ru", "en"],
        "tk",
        "Asia/Ashgabat",
    )
    assert (mfa.address, mfa.phone, mfa.email) == (
        "Archabil Avenue 108, Ashgabat",
        "+993 12 44-57-36",
        "press@mfa.example",
    )
    assert (rome.languages, rome.default_language, rome.time_zone) == (
        ["it", "en"],
        "it",
        "Europe/Rome",
    )


def test_sections_exist_in_the_languages_they_have_titles_in(network_file, network):
    network("apply", network_file())

    italian_home = Site.objects.get(hostname="rome.example").root_page
    english_home = italian_home.get_translation(Locale.objects.get(language_code="en"))
    italian = {s.slug: s for s in ArticleIndexPage.objects.child_of(italian_home)}
    english = {s.slug: s for s in ArticleIndexPage.objects.child_of(english_home)}
    assert {slug: s.title for slug, s in italian.items()} == {
        "consular": "Servizi consolari",
        "notizie": "Notizie",
    }
    assert {slug: s.title for slug, s in english.items()} == {"consular": "Consular services"}
    assert english["consular"].translation_key == italian["consular"].translation_key


def test_each_site_gets_its_three_groups_and_review_workflow(network_file, network):
    network("apply", network_file())

    rome = Site.objects.get(hostname="rome.example")
    groups = SiteGroup.objects.filter(site=rome).select_related("group")
    assert sorted((g.role, g.group.name) for g in groups) == [
        ("administrator", "Embassy of Turkmenistan in Rome: site administrators"),
        ("editor", "Embassy of Turkmenistan in Rome: editors"),
        ("publisher", "Embassy of Turkmenistan in Rome: publishers"),
    ]
    homes = rome.root_page.get_translations(inclusive=True)
    assert {wp.workflow.name for wp in WorkflowPage.objects.filter(page__in=homes)} == {
        "Embassy of Turkmenistan in Rome: news review"
    }
    assert WorkflowPage.objects.filter(page__in=homes).count() == 2


def test_accounts_join_their_roles_groups_without_a_password(network_file, network):
    network("apply", network_file())

    editor = get_user_model().objects.get(username="mfa-editor")
    assert editor.email == "editor@mfa.example"
    assert not editor.has_usable_password()
    assert sorted(editor.groups.values_list("name", flat=True)) == [
        "Embassy of Turkmenistan in Rome: site administrators",
        "Ministry of Foreign Affairs: editors",
    ]
    assert UserProfile.get_for_user(editor).current_time_zone == "Asia/Ashgabat"


def test_a_new_account_sets_its_password_through_the_printed_link(network_file, network, client):
    output = network("apply", network_file())

    [link] = re.findall(r"(http://rome\.example:8443\S+/) .*rome-publisher", output)
    path = link.removeprefix("http://rome.example:8443")
    form = client.get(path, HTTP_HOST="rome.example:8443")
    assert form.status_code == 302
    done = client.post(
        form["Location"],
        {"new_password1": "a-long-new-password-9", "new_password2": "a-long-new-password-9"},
        HTTP_HOST="rome.example:8443",
    )
    assert done.status_code == 302
    user = get_user_model().objects.get(username="rome-publisher")
    assert user.check_password("a-long-new-password-9")


def test_applying_again_changes_nothing(network_file, network):
    path = network_file()
    first = network("apply", path)
    state = database_state()

    second = network("apply", path)

    assert "~ mfa: site hostname 'localhost' -> 'mfa.example'" in first
    assert "+ rome: site rome.example:8443" in first
    assert second == f"No changes: the network already matches {path}.\n"
    assert database_state() == state


def test_a_dry_run_shows_the_changes_and_writes_nothing(network_file, network):
    state = database_state()

    output = network("apply", network_file(), "--dry-run")

    assert "+ rome: site rome.example:8443" in output
    assert "+ account rome-publisher <publisher@rome.example>" in output
    assert output.endswith("nothing was written.\n")
    assert database_state() == state


def test_changes_in_the_file_are_applied_and_reported(network_file, network):
    network("apply", network_file())
    changed = (
        NETWORK.replace('time_zone = "Europe/Rome"', 'time_zone = "Europe/Vatican"')
        .replace('it = "Servizi consolari"', 'it = "Consolato"')
        .replace('role = "publisher"', 'role = "editor"')
    )

    dry = network("apply", network_file(changed), "--dry-run")
    output = network("apply", network_file(changed))

    assert dry.splitlines()[:-1] == output.splitlines()[:-1]
    assert "~ rome: settings time_zone" in output
    assert "~ rome: section consular in it: title 'Servizi consolari' -> 'Consolato'" in output
    assert "~ account rome-publisher: no longer publisher of rome" in output
    assert SiteSettings.objects.get(site__hostname="rome.example").time_zone == "Europe/Vatican"
    consular = ArticleIndexPage.objects.get(slug="consular", locale__language_code="it")
    assert (consular.title, consular.live, consular.has_unpublished_changes) == (
        "Consolato",
        True,
        False,
    )
    publisher = get_user_model().objects.get(username="rome-publisher")
    assert list(publisher.groups.values_list("name", flat=True)) == [
        "Embassy of Turkmenistan in Rome: editors"
    ]


def test_a_renamed_site_renames_its_groups_collection_and_workflow(network_file, network):
    network("apply", network_file())
    counts = (Group.objects.count(), Collection.objects.count(), Workflow.objects.count())
    renamed = NETWORK.replace("Embassy of Turkmenistan in Rome", "Embassy of Turkmenistan in Italy")

    output = network("apply", network_file(renamed))

    assert (
        "~ group 'Embassy of Turkmenistan in Rome: editors' renamed "
        "'Embassy of Turkmenistan in Italy: editors'"
    ) in output
    assert counts == (Group.objects.count(), Collection.objects.count(), Workflow.objects.count())
    rome = Site.objects.get(hostname="rome.example")
    assert sorted(SiteGroup.objects.filter(site=rome).values_list("group__name", flat=True)) == [
        "Embassy of Turkmenistan in Italy: editors",
        "Embassy of Turkmenistan in Italy: publishers",
        "Embassy of Turkmenistan in Italy: site administrators",
    ]
    workflow = rome.root_page.get_workflow()
    assert workflow.name == "Embassy of Turkmenistan in Italy: news review"
    assert [task.name for task in workflow.tasks] == [
        "Embassy of Turkmenistan in Italy: review by publishers"
    ]
    assert Collection.objects.filter(name="Embassy of Turkmenistan in Italy").exists()
    assert network("apply", network_file(renamed)).startswith("No changes")


def test_a_refusal_by_the_database_changes_nothing(network_file, network, refused):
    network("apply", network_file())
    english_home = HomePage.objects.get(title="Embassy of Turkmenistan in Rome")
    english_home.add_child(instance=HomePage(title="Not a section", slug="economy"))
    state = database_state()
    changed = NETWORK.replace('phone = "+993 12 44-57-36"', 'phone = "+993 12 00-00-00"')
    changed = changed.replace(
        "[sites.rome.accounts.rome-publisher]",
        '[sites.rome.sections.economy]\nen = "Economy"\n\n[sites.rome.accounts.rome-publisher]',
    )

    message = refused("apply", network_file(changed))

    assert "nothing was changed" in message
    assert "sites.rome" in message
    assert database_state() == state
    assert SiteSettings.objects.get(site__hostname="mfa.example").phone == "+993 12 44-57-36"
