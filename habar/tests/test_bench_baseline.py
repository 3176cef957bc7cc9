"""The stock Wagtail baseline of `make bench` (scripts/bench_baseline.py) builds a working site."""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"

RENDER_PY = """
import json, sys, django
django.setup()
from django.test import Client
client, out = Client(HTTP_HOST="localhost"), {}
for path in json.loads(sys.argv[1]):
    first = client.get(path)
    second = client.get(path)
    out[path] = [first.status_code, first.content.decode(), second.content.decode()]
print(json.dumps(out))
"""


def load_baseline():
    spec = importlib.util.spec_from_file_location("bench_baseline", SCRIPTS / "bench_baseline.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_baseline_site_renders_an_article_with_habars_parts(tmp_path):
    baseline = load_baseline()
    project = tmp_path / "site"
    env = baseline.generate(project, f"sqlite:///{tmp_path / 'db.sqlite3'}", "k" * 50)
    articles = [
        {
            "title": f"Talks number {n}",
            "slug": f"talks-{n}",
            "date": f"2026-03-{n + 1:02d}T09:30:00+00:00",
            "body": f"<p>Body of talks <b>number {n}</b> on neutrality</p>",
        }
        for n in range(25)
    ]
    data = {"sections": [{"title": "Politics", "slug": "politics", "articles": articles}]}
    baseline.build(project, env, data)
    paths = baseline.paths(data, "talks-3")
    assert paths["article, uncached"] == "/politics/talks-3/"

    command = [sys.executable, "-c", RENDER_PY, json.dumps(list(paths.values()))]
    done = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    pages = json.loads(done.stdout.strip().splitlines()[-1])
    assert {path: page[0] for path, page in pages.items()} == dict.fromkeys(pages, 200)

    status, first, second = pages["/politics/talks-3/"]
    assert '<nav aria-label="Breadcrumb">' in first
    assert '<a href="/politics/">Politics</a>' in first
    assert "<h1>Talks number 3</h1>" in first
    assert "4 March 2026, 09:30" in first
    assert "Body of talks <b>number 3</b> on neutrality" in first
    latest = first.split("<aside>")[1]
    # The 10 latest, newest first: talks 24 down to talks 15.
    assert latest.count("<li>") == 10
    assert latest.index("Talks number 24") < latest.index("Talks number 15")
    assert "Talks number 14" not in latest
    # The view count is kept in the database: each request adds one.
    assert '<span class="views">1 views</span>' in first
    assert '<span class="views">2 views</span>' in second

    # Page 3 of a section of 25 (20 a page) is its last, page 2: the 5 oldest.
    section = pages["/politics/?page=3"][1]
    assert "Talks number 0" in section and "Talks number 5<" not in section
    # Stock search over the body: every article mentions neutrality, 10 a page.
    assert pages[paths["search, uncached"]][1].count("<h4><a href=") == 10
