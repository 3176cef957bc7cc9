"""Where an uncached Habar page spends its time, in-process: `python scripts/bench_profile.py`.

Run from the repository's root with PYTHONPATH=. and the settings of a built demo site
(DJANGO_SETTINGS_MODULE, DATABASE_URL, REDIS_URL... in the environment). Each path is
requested through Django's test client, one request at a time, with the page cache off (as
on a miss): the mean time and CPU time, the SQL queries and the share of the time spent
rendering templates (queries run from templates included). `--profile PATH` prints
cProfile's top functions for one path.
"""

import argparse
import cProfile
import pstats
import time

import django

SEED = "videoconfrence-with-the-head-of-the-united-nations-office-of-counter-terrorism-unoct"
PATHS = [f"/en/politics/{SEED}/", "/en/", "/en/politics/?page=3", "/en/news/?page=5"]


def measure(client, path, repeat):
    from django.db import connection
    from django.template.backends.django import Template
    from django.test.utils import CaptureQueriesContext

    rendering, original = [0.0], Template.render

    def timed(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return original(self, *args, **kwargs)
        finally:
            rendering[0] += time.perf_counter() - started

    Template.render = timed
    try:
        client.get(path)  # warm: the chrome and per-generation parts are cached
        with CaptureQueriesContext(connection) as queries:
            started, cpu = time.perf_counter(), time.process_time()
            for _ in range(repeat):
                response = client.get(path)
            total, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        Template.render = original
    if response.status_code != 200:
        raise SystemExit(f"{path}: {response.status_code}")
    return total / repeat * 1000, cpu / repeat * 1000, len(queries) / repeat, rendering[0] / total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--host", default="localhost")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--profile", help="print cProfile's top functions for this path")
    args = parser.parse_args()
    django.setup()
    from django.test import Client, override_settings

    client = Client(HTTP_HOST=args.host)
    with override_settings(HABAR_PAGE_CACHE=False):
        if args.profile:
            client.get(args.profile)
            profiler = cProfile.Profile()
            profiler.runcall(lambda: [client.get(args.profile) for _ in range(args.repeat)])
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
            return
        print("| path | ms / request | CPU ms | queries | template rendering |")
        print("|---|---:|---:|---:|---:|")
        for path in args.paths or PATHS:
            ms, cpu, queries, share = measure(client, path, args.repeat)
            print(f"| `{path[:40]}` | {ms:.1f} | {cpu:.1f} | {queries:g} | {share:.0%} |")


if __name__ == "__main__":
    main()
