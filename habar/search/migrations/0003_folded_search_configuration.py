"""A PostgreSQL text search configuration for languages PostgreSQL has no stemmer for.

Uzbek, Kazakh, Ukrainian, Persian, Chinese, Japanese and Korean were searched with `simple`,
which folds case only; `habar_folded` also folds accents with unaccent (as habar_turkmen
does for Turkmen), so that they are searched as on SQLite. Settings name it SEARCH_CONFIG.
"""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'habar_folded') THEN
        CREATE TEXT SEARCH CONFIGURATION habar_folded (COPY = pg_catalog.simple);
    END IF;
END
$$;
ALTER TEXT SEARCH CONFIGURATION habar_folded
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, simple;
"""
DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS habar_folded;"


def run_on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("habar_search", "0002_search_document")]

    operations = [
        migrations.RunPython(run_on_postgresql(CREATE), run_on_postgresql(DROP)),
    ]
