"""A fresh install (`migrate` only) imports an archive in English once the network file
gives the ministry English."""

import csv
import io
from pathlib import Path

from django.core.management import call_command
from wagtail.models import Site

from habar.news.models import ArticlePage

FEED = Path(__file__).resolve().parents[2] / "importer" / "tests" / "fixtures" / "feed-en.rss"
MINISTRY = """\
[sites.ministry]
hostname = "mfa.example"
default = true
languages = ["tk", "ru", "en"]
time_zone = "Asia/Ashgabat"

[sites.ministry.name]
tk = "Türkmenistanyň Daşary işler ministrligi"
ru = "Министерство иностранных дел Туркменистана"
en = "Ministry of Foreign Affairs of Turkmenistan"

[sites.ministry.sections.politics]
tk = "Syýasat"
ru = "Политика"
en = "Politics"
"""


def import_feed(tmp_path):
    report = tmp_path / "report.csv"
    call_command(
        "import", str(FEED), "--language", "en", "--report", str(report), stdout=io.StringIO()
    )
    with open(report, newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def test_a_fresh_install_imports_english_once_the_file_gives_it(network_file, network, tmp_path):
    # As `migrate` leaves it: one site, Wagtail's welcome page in the default language.
    assert Site.objects.get().root_page.title == "Welcome to your new Wagtail site!"
    before = import_feed(tmp_path)
    assert {row["outcome"] for row in before} == {"failed"}
    assert "language en is not one of the site's (tk)" in before[0]["reason"]

    network("apply", network_file(MINISTRY))
    rows = import_feed(tmp_path)

    created = [row for row in rows if row["outcome"] == "created"]
    assert created
    assert all(row["language"] == "en" for row in created)
    assert all(row["url"].startswith("/en/") for row in created)
    politics = ArticlePage.objects.filter(
        locale__language_code="en", title="Briefing for foreign journalists"
    ).get()
    assert politics.get_parent().slug == "politics"
    assert politics.get_site().hostname == "mfa.example"
