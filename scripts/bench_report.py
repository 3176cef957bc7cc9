"""What `make bench` measures of its servers besides wrk's figures, and the table it prints.

Each run also reads the CPU time the serving processes spent (their utime and stime in
/proc, the whole process tree: granian's worker, `habar serve` with its worker loop, nginx's
workers), so each row shows what one request cost the servers' core. Those figures are the
profile behind the ratios: where a target is missed, "Against the targets" says which cost
stands in the way, from the same run.
"""

import os
import re
from contextlib import suppress
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")
WAGTAIL = "Wagtail "  # the kind of a baseline row: "Wagtail " + the Habar row's kind
FLOOR = "granian, a WSGI app that only answers"
UNCACHED = [
    "article, uncached",
    "home, uncached",
    "section, last page (3), uncached",
    "all news, page 5, uncached",
]


def _children():
    children = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return children


def process_tree(*pids):
    """The processes `pids` and every process under them."""
    children, tree, todo = _children(), [], list(pids)
    while todo:
        current = todo.pop()
        tree.append(current)
        todo += children.get(current, [])
    return tree


def cpu_seconds(pids):
    """CPU time (user + system) the processes `pids` have spent so far, in seconds."""
    total = 0
    for pid in pids:
        with suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return total / TICKS


def resident_sizes(pid):
    """(command, resident MiB) of a process and of every process under it."""
    sizes = []
    for current in process_tree(pid):
        with suppress(OSError):
            status = Path(f"/proc/{current}/status").read_text()
            command = Path(f"/proc/{current}/cmdline").read_bytes().split(b"\0")
            rss = int(re.search(r"VmRSS:\s+(\d+)", status)[1]) / 1024
            sizes.append((b" ".join(command[1:4]).decode(errors="replace"), rss))
    return sizes


def report(rows, results, queries, storm, seconds, connections):
    print(f"\n{seconds} s per run, {connections} connections, wrk on CPU 1, servers on CPU 0")
    print("(CPU µs: what the serving processes spent per answered request)\n")
    columns = "req/s | p50 ms | p99 ms | req/s ÷ nginx | ÷ Wagtail | CPU µs | queries"
    print(f"| URL kind | path | {columns} |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    notes, by_kind = [], {kind: r for (kind, _, _), r in zip(rows, results, strict=True)}
    for (kind, path, _), r, count in zip(rows, results, queries, strict=True):
        ratio = r["rps"] / results[0]["rps"]
        # Habar's uncached rows against the same page of the stock Wagtail site.
        wagtail = by_kind.get(WAGTAIL + kind, {}).get("rps")
        versus = f"{r['rps'] / wagtail:.2f}" if wagtail else "–"
        path = path if len(path) < 40 else path[:22] + "…/"
        print(
            f"| {kind} | `{path}` | {r['rps']:,.0f} | {r['p50']:,.1f} | {r['p99']:,.1f} "
            f"| {ratio:.4f} ({f'1/{1 / ratio:,.0f}' if ratio else 'none'}) | {versus} "
            f"| {r['cpu_us']:,.0f} | {count} |"
        )
        if r["errors"] or r["answered"] - r["ok"]:
            notes.append(f"{kind}: non-2xx {r['answered'] - r['ok']}; {r['errors']}")
    for (kind, _, mode), b in zip(rows, results, strict=True):
        if mode == "beacon":
            print(
                f"\n{kind}: sent {b['sent']}, acknowledged (2xx) {b['ok']}, stored "
                f"{b['stored']}, lost {max(0, b['ok'] - b['stored'])}, double-counted "
                f"{max(0, b['stored'] - b['sent'])} ({b['sent'] - b['answered']} still "
                "unanswered when wrk stopped: stored or not, neither is an error)"
            )
    quiet, during = by_kind["article, page cache hit"], storm["during"]
    print(
        f"Publish storm ({storm['published']} publishes in {seconds} s): cached article "
        f"{during['rps']:,.0f} req/s (quiet {quiet['rps']:,.0f}), "
        f"p99 {during['p99']:,.1f} ms (quiet {quiet['p99']:,.1f}); answered hit "
        f"{during['hit']}, stale {during['stale']}, miss {during['miss']}; each publish "
        f"{storm['publish_cpu_ms']:,.0f} ms of CPU in the publishing process"
    )
    for note in notes:
        print(f"Errors, {note}")
    targets(by_kind, storm)


def targets(by_kind, storm):
    """Each of the bench's targets, met or not, with the cost that stands in the way."""
    nginx, floor = by_kind["nginx, static copy of the article"], by_kind[FLOOR]
    print("\nAgainst the targets:")
    for kind in UNCACHED:
        row, wagtail = by_kind[kind], by_kind[WAGTAIL + kind]
        ratio = row["rps"] / wagtail["rps"]
        print(
            f"- {kind} ÷ Wagtail ≥ 5: {ratio:.2f} {'met' if ratio >= 5 else 'not met'} "
            f"({row['cpu_us'] / 1000:.1f} ms of CPU a page against {wagtail['cpu_us'] / 1000:.1f});"
            f" ÷ nginx ≥ 1/100: 1/{nginx['rps'] / row['rps']:,.0f}"
        )
    quiet, during = by_kind["article, page cache hit"], storm["during"]
    share = storm["published"] * storm["publish_cpu_ms"] / (storm["seconds"] * 1000)
    print(
        f"- publish storm p99 ≤ 2× quiet: {during['p99'] / quiet['p99']:.2f}× "
        f"{'met' if during['p99'] <= 2 * quiet['p99'] else 'not met'} (the publishes alone "
        f"took {share:.0%} of the servers' core; a cached article costs "
        f"{quiet['cpu_us']:,.0f} µs of it quiet, {during['cpu_us']:,.0f} µs during the storm)"
    )
    for kind in ("view beacon (POST, new visitor)", "view beacon through nginx as shipped"):
        beacon = by_kind[kind]
        ratio = beacon["rps"] / nginx["rps"]
        print(
            f"- {kind} ≥ 1/6 of nginx: 1/{1 / ratio:,.1f} {'met' if ratio >= 1 / 6 else 'not met'}"
            f" ({beacon['cpu_us']:,.0f} µs of CPU a beacon; nginx {nginx['cpu_us']:,.0f} µs a "
            f"page; {FLOOR}: {floor['cpu_us']:,.0f} µs, 1/{nginx['rps'] / floor['rps']:,.1f} "
            "of nginx)"
        )
    shipped = by_kind["article through nginx as shipped (its cache)"]["rps"] / nginx["rps"]
    print(
        f"- article through nginx as shipped ≥ 0.8 of nginx: {shipped:.2f} "
        f"{'met' if shipped >= 0.8 else 'not met'}"
    )
