"""The archive rows of `make bench`: the same uncached article, and searches, at 1,000 and
at 100,000 articles, one reader at a time (scripts/bench.py runs them after its table).

The archive grows with `habar demo --articles N` (habar.demo.bulk), then the database is
analysed, as PostgreSQL's autovacuum would have done on a live site long before a reader
searches. Searches: a frequent word (in about a tenth of the archive), a rare word (only
the reference article and its translations) and a word in no article.
"""

# ruff: noqa: S603

import json
import subprocess
import sys
import time
from contextlib import closing

import psycopg

SEARCHES = {
    "frequent word": "/en/search/?q=neutrality",
    "rare word": "/en/search/?q=Voronkov",
    "no match": "/en/search/?q=hippopotamus",
}
TARGETS = {"article": None, **SEARCHES}  # the article's path is the bench's


def article_count(dsn):
    with closing(psycopg.connect(dsn)) as conn:
        return conn.execute("SELECT count(*) FROM news_articlepage").fetchone()[0]


def grow(size, dsn, env, port, repo):
    missing = size - article_count(dsn)
    if missing > 0:
        print(f"Growing the archive to {size:,} articles ...", flush=True)
        started = time.monotonic()
        command = [sys.executable, "-m", "habar.cli", "demo", "--port", str(port)]
        command += ["--articles", str(missing)]
        subprocess.run(command, cwd=repo, env=env, check=True, stdout=subprocess.DEVNULL)
        print(f"  {missing:,} articles in {time.monotonic() - started:.0f} s", flush=True)
    with closing(psycopg.connect(dsn, autocommit=True)) as conn:
        conn.execute("ANALYZE")


def query_counts(paths, env, port, repo, queries_py):
    targets = [("get", path, False) for path in paths]
    script = [sys.executable, "-c", queries_py, f"127.0.0.1:{port}", json.dumps(targets)]
    done = subprocess.run(script, cwd=repo, env=env, capture_output=True, text=True)
    if done.returncode:
        return ["?"] * len(paths)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(sizes, article, *, dsn, env, port, repo, queries_py, wrk):
    """Measure at each size; print the table and the targets' lines. `wrk(path)` measures
    one path of a Habar that stores no page."""
    paths = {**TARGETS, "article": article}
    measured = []
    for size in sizes:
        grow(size, dsn, env, port, repo)
        counts = query_counts(list(paths.values()), env, port, repo, queries_py)
        print(f"wrk: article and searches at {size:,} articles, one connection ...", flush=True)
        # One reader at a time: the latency of one request, not a queue behind 32 others.
        results = {kind: wrk(path) for kind, path in paths.items()}
        measured.append((article_count(dsn), results, dict(zip(paths, counts, strict=True))))
    report(measured)


def report(measured):
    print(
        "\nOne connection (one reader at a time), each request uncached, database analysed:\n"
        "\n| articles | request | req/s | p50 ms | p95 ms | p99 ms | queries |"
        "\n|---:|---|---:|---:|---:|---:|---:|"
    )
    for count, results, counts in measured:
        for kind, r in results.items():
            print(
                f"| {count:,} | {kind} | {r['rps']:,.0f} | {r['p50']:,.1f} "
                f"| {r['p95us'] / 1000:,.1f} | {r['p99']:,.1f} | {counts[kind]} |"
            )
    (small, first, _), (large, last, _) = measured[0], measured[-1]
    ratio = last["article"]["p50"] / first["article"]["p50"]
    worst = max(last[kind]["p95us"] / 1000 for kind in SEARCHES)
    print(
        f"\nUncached article p50 at {large:,} ÷ at {small:,}: {ratio:.2f} (target ≤ 1.1); "
        f"search p95 at {large:,}, worst of the three: {worst:.1f} ms (target ≤ 50)"
    )
