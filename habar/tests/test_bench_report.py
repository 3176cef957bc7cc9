"""The table `make bench` prints (scripts/bench_report.py): CPU per request, and each target
met or not with the cost in its way."""

import importlib.util
import os
import time
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def load_report():
    spec = importlib.util.spec_from_file_location("bench_report", SCRIPTS / "bench_report.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measured(rps, cpu_us, p99=2.0):
    return {"rps": rps, "p50": 1.0, "p99": p99, "cpu_us": cpu_us, "errors": "",
            "answered": 100, "ok": 100, "sent": 100, "stored": 100, "hit": 90, "stale": 10,
            "miss": 0}  # fmt: skip


def test_cpu_seconds_counts_the_work_of_a_process_and_those_under_it():
    report = load_report()
    tree = report.process_tree(os.getpid())
    before = report.cpu_seconds(tree)
    deadline = time.process_time() + 0.3
    while time.process_time() < deadline:
        pass
    assert os.getpid() in tree
    assert report.cpu_seconds(tree) - before >= 0.2


def test_each_target_is_met_or_not_with_what_stands_in_its_way(capsys):
    report = load_report()
    rows, results = [], []
    for kind, rps, cpu in [
        ("nginx, static copy of the article", 60_000, 15),
        (report.FLOOR, 55_000, 17),
        ("article, page cache hit", 8_000, 130),
        ("view beacon (POST, new visitor)", 2_500, 390),
        ("article through nginx as shipped (its cache)", 50_000, 30),
        ("view beacon through nginx as shipped", 12_000, 80),
    ]:
        rows.append((kind, "/", "plain"))
        results.append(measured(rps, cpu))
    for n, kind in enumerate(report.UNCACHED):
        rows += [(kind, "/", "plain"), (report.WAGTAIL + kind, "wagtail:/", "plain")]
        results += [measured(150 + 100 * n, 6_000), measured(40, 20_000)]
    storm = {"during": measured(6_000, 150, p99=5.0), "published": 8, "seconds": 8,
             "publish_cpu_ms": 90.0}  # fmt: skip

    report.report(rows, results, ["–"] * len(rows), storm, 8, 32)

    out = capsys.readouterr().out
    assert (
        "| article, page cache hit | `/` | 8,000 | 1.0 | 2.0 | 0.1333 (1/8) | – | 130 | – |" in out
    )
    assert (
        "- article, uncached ÷ Wagtail ≥ 5: 3.75 not met (6.0 ms of CPU a page against 20.0)" in out
    )
    assert "- all news, page 5, uncached ÷ Wagtail ≥ 5: 11.25 met" in out
    assert "- publish storm p99 ≤ 2× quiet: 2.50× not met (the publishes alone took 9%" in out
    assert "- view beacon (POST, new visitor) ≥ 1/6 of nginx: 1/24.0 not met (390 µs" in out
    assert "- view beacon through nginx as shipped ≥ 1/6 of nginx: 1/5.0 met" in out
    assert f"{report.FLOOR}: 17 µs, 1/1.1 of nginx" in out
    assert "- article through nginx as shipped ≥ 0.8 of nginx: 0.83 met" in out
