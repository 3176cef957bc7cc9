"""The stock Wagtail baseline of `make bench`: a site as `wagtail start` makes it, with news.

`generate()` runs `wagtail start` into a directory and adds the fixture under
scripts/bench_wagtail/: an `articles` app (a section, an all-news index and an article page
with a date and a rich-text body, whose view count is kept with an `F()` update), templates
showing what Habar's article shows (breadcrumbs, date, body, the 10 latest, the view count)
and settings that are `wagtail start`'s production settings with the bench's database.
`habar_articles()` reads Habar's sections and articles so the baseline holds the same ones.
"""
# ruff: noqa: S603, S608

import json
import os
import shutil
import subprocess
import sys
from contextlib import closing
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent / "bench_wagtail"
PROJECT = "benchsite"
# What each uncached Habar row is compared with, by the Habar row's kind.
SEARCH = "/search/?query=neutrality"


def generate(target, database_url, secret_key):
    """A Wagtail project in `target` (created), configured for `database_url`: its env."""
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    start = [sys.executable, "-m", "wagtail.bin.wagtail", "start", PROJECT, str(target)]
    subprocess.run(start, check=True, stdout=subprocess.DEVNULL)
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(FIXTURE / "articles", target / "articles", ignore=ignore)
    home = target / "home" / "templates" / "home" / "home_page.html"
    shutil.copyfile(FIXTURE / "home_templates" / "home_page.html", home)
    settings = target / PROJECT / "settings" / "bench.py"
    shutil.copyfile(FIXTURE / "settings_bench.py", settings)
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE"))},
        "DJANGO_SETTINGS_MODULE": f"{PROJECT}.settings.bench",
        "BASELINE_DATABASE_URL": database_url,
        "SECRET_KEY": secret_key,
        "PYTHONPATH": str(target),
        "PYTHONUNBUFFERED": "1",
    }


def manage(target, env, *args, **kwargs):
    command = [sys.executable, "manage.py", *args]
    kwargs = {"stdout": subprocess.DEVNULL, **kwargs}
    return subprocess.run(command, cwd=target, env=env, check=True, **kwargs)


def build(target, env, data):
    """Migrate, collect static files and fill the site with `data` (habar_articles())."""
    manage(target, env, "makemigrations", "articles", "-v0")
    manage(target, env, "migrate", "--noinput", "-v0")
    manage(target, env, "collectstatic", "--noinput", "-v0")
    path = Path(target) / "articles.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    manage(target, env, "baseline_fill", str(path))


def serve_command(port, threads=8, application=f"{PROJECT}.wsgi:application"):
    """granian as `habar serve --workers 1` runs it (habar/worker/management/commands/serve.py)."""
    return [
        sys.executable, "-m", "granian", "--interface", "wsgi", "--host", "127.0.0.1",
        "--port", str(port), "--workers", "1", "--blocking-threads", str(threads),
        "--respawn-failed-workers", application,
    ]  # fmt: skip


def body_html(stream):
    """The text of a Habar article body (StreamField JSON) as one rich-text field."""
    parts = []
    for block in json.loads(stream) if isinstance(stream, str) else stream or []:
        kind, value = block.get("type"), block.get("value")
        if kind == "paragraph":
            parts.append(value)
        elif kind == "heading":
            parts.append(f"<h2>{value}</h2>")
        elif kind == "quote":
            parts.append(f"<blockquote><p>{value.get('text', '')}</p></blockquote>")
    return "".join(parts)


ARTICLES_SQL = """
SELECT s.id, s.title, s.slug, p.title, p.slug, a.publication_date, a.body
FROM news_articlepage a
JOIN wagtailcore_page p ON p.id = a.page_ptr_id
JOIN wagtailcore_page s ON s.path = substr(p.path, 1, length(p.path) - 4)
WHERE p.live ORDER BY s.id = %s DESC, s.path, a.publication_date
"""


def habar_articles(dsn, seed_slug):
    """Habar's live articles by section, the seed article's section first (unique slugs)."""
    import psycopg

    with closing(psycopg.connect(dsn)) as conn:
        sql = "SELECT substr(path, 1, length(path) - 4) FROM wagtailcore_page WHERE slug = %s"
        parent = conn.execute(sql, (seed_slug,)).fetchone()[0]
        sql = "SELECT id FROM wagtailcore_page WHERE path = %s"
        seed_section = conn.execute(sql, (parent,)).fetchone()[0]
        rows = conn.execute(ARTICLES_SQL, (seed_section,)).fetchall()
    sections, slugs = {}, {"news"}
    for section_id, title, slug, a_title, a_slug, date, body in rows:
        if section_id not in sections:
            unique, n = slug, 1
            while unique in slugs:
                n, unique = n + 1, f"{slug}-{n + 1}"
            slugs.add(unique)
            sections[section_id] = {"title": title, "slug": unique, "articles": []}
        article = {"title": a_title, "slug": a_slug, "date": date.isoformat()}
        sections[section_id]["articles"].append({**article, "body": body_html(body)})
    return {"sections": list(sections.values())}


def paths(data, seed_slug):
    """The baseline's page for each uncached Habar row, by the Habar row's kind."""
    section = data["sections"][0]["slug"]
    return {
        "article, uncached": f"/{section}/{seed_slug}/",
        "home, uncached": "/",
        "section, last page (3), uncached": f"/{section}/?page=3",
        "all news, page 5, uncached": "/news/?page=5",
        "search, uncached": SEARCH,
    }
