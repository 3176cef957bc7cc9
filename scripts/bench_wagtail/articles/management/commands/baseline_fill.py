"""Fill the baseline with the sections and articles of a JSON file (scripts/bench_baseline.py)."""

import json

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.dateparse import parse_datetime
from wagtail.models import Page

from articles.models import ArticlePage, NewsIndexPage, SectionPage


class Command(BaseCommand):
    help = "Add a news index, sections and articles under the home page."

    def add_arguments(self, parser):
        parser.add_argument("data", help="JSON: {sections: [{title, slug, articles: [...]}]}")

    @transaction.atomic
    def handle(self, *args, data, **options):
        with open(data, encoding="utf-8") as source:
            sections = json.load(source)["sections"]
        home = Page.objects.get(depth=2).specific
        home.add_child(instance=NewsIndexPage(title="News", slug="news"))
        created = 0
        for spec in sections:
            section = home.add_child(instance=SectionPage(title=spec["title"], slug=spec["slug"]))
            for article in spec["articles"]:
                date = parse_datetime(article["date"])
                page = ArticlePage(
                    title=article["title"], slug=article["slug"], date=date, body=article["body"]
                )
                section.add_child(instance=page)
                created += 1
        self.stdout.write(f"{len(sections)} sections, {created} articles")
