"""German, French, Italian and Spanish, stemmed and folded on PostgreSQL.

PostgreSQL's `german`, `french`, `italian` and `spanish` configurations stem but keep
accents, so "Munchen" typed on a keyboard without umlauts did not find "München", as it
does on SQLite (habar/search/stemming.py folds after stemming). Each `habar_<language>`
here removes accents with unaccent and then stems with the language's Snowball stemmer.
Russian, Turkish and Arabic keep PostgreSQL's own configurations: unaccent would change
their letters (й, ı, ğ, ...) before their stemmers read them.
"""

from django.db import migrations

FOLDED_STEMMERS = ["german", "french", "italian", "spanish"]

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'habar_{language}') THEN
        CREATE TEXT SEARCH CONFIGURATION habar_{language} (COPY = pg_catalog.{language});
    END IF;
END
$$;
ALTER TEXT SEARCH CONFIGURATION habar_{language}
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, {language}_stem;
"""
DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS habar_{language};"


def run_on_postgresql(template):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for language in FOLDED_STEMMERS:
                schema_editor.execute(template.format(language=language))

    return run


class Migration(migrations.Migration):
    dependencies = [("habar_search", "0003_folded_search_configuration")]

    operations = [
        migrations.RunPython(run_on_postgresql(CREATE), run_on_postgresql(DROP)),
    ]
