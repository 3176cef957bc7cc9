"""The reader search's own table (SearchDocument), its PostgreSQL indexes, and its rows for
the articles Wagtail has already indexed, so that search works on the archive at once.

On other databases the table stays empty: search there goes through Wagtail's backend.
"""

import django.db.models.deletion
from django.db import migrations, models

import habar.search.models

INDEXES = """
CREATE INDEX habar_search_document_words ON habar_search_searchdocument USING gin (words);
CREATE INDEX habar_search_document_newest ON habar_search_searchdocument
    (publication_date DESC NULLS LAST, article_id DESC);
-- One request, one backend: on a busy server parallel workers cost more than they save.
ALTER TABLE habar_search_searchdocument SET (parallel_workers = 0);
"""
DROP_INDEXES = """
DROP INDEX IF EXISTS habar_search_document_words;
DROP INDEX IF EXISTS habar_search_document_newest;
"""


def fill(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(INDEXES)
    documents, articles, pages, entries, types = (
        apps.get_model(*name)._meta.db_table
        for name in [
            ("habar_search", "SearchDocument"),
            ("news", "ArticlePage"),
            ("wagtailcore", "Page"),
            ("wagtailsearch", "IndexEntry"),
            ("contenttypes", "ContentType"),
        ]
    )
    schema_editor.execute(
        f"""
        INSERT INTO {documents} (article_id, live, path, publication_date, words)
        SELECT article.page_ptr_id, page.live, page.path, article.publication_date,
            entry.title || entry.body
        FROM {articles} article
        JOIN {pages} page ON page.id = article.page_ptr_id
        JOIN {types} type ON type.app_label = 'news' AND type.model = 'articlepage'
        JOIN {entries} entry
            ON entry.content_type_id = type.id AND entry.object_id = article.page_ptr_id::text
        """  # noqa: S608  (table names only)
    )
    # Statistics now, not at autovacuum's next round: the plans depend on them.
    schema_editor.execute(f"ANALYZE {documents}")


def unfill(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_INDEXES)


class Migration(migrations.Migration):
    dependencies = [
        ("habar_search", "0001_turkmen_search_configuration"),
        ("news", "0004_image_alt_text_required"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "article",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="news.articlepage",
                        verbose_name="article",
                    ),
                ),
                ("live", models.BooleanField(default=False, verbose_name="live")),
                (
                    "path",
                    models.CharField(db_index=True, max_length=255, verbose_name="tree path"),
                ),
                (
                    "publication_date",
                    models.DateTimeField(null=True, verbose_name="publication date"),
                ),
                ("words", habar.search.models.WordsField(verbose_name="words")),
            ],
            options={
                "verbose_name": "search document",
                "verbose_name_plural": "search documents",
                "ordering": ["-publication_date"],
            },
        ),
        migrations.RunPython(fill, unfill),
    ]
