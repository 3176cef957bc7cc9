"""A PostgreSQL text search configuration for Turkmen: `simple` words, accents removed.

PostgreSQL ships no Turkmen stemmer; unaccent folds ý, ň, ş, ä, ö, ü, ç, ž so that a reader
typing on a keyboard without them still finds the words. Nothing to do on SQLite, whose
FTS5 tokenizer removes diacritics by itself.
"""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'habar_turkmen') THEN
        CREATE TEXT SEARCH CONFIGURATION habar_turkmen (COPY = pg_catalog.simple);
    END IF;
END
$$;
ALTER TEXT SEARCH CONFIGURATION habar_turkmen
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, simple;
"""
# The extension stays: other code may have come to rely on it.
DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS habar_turkmen;"


def run_on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = []

    operations = [
        migrations.RunPython(run_on_postgresql(CREATE), run_on_postgresql(DROP)),
    ]
