"""The view beacon's one Redis call: the hand-written RESP client against redis-py + hiredis.

    taskset -c 1 .venv/bin/python scripts/bench_beacon_redis.py [redis://127.0.0.1:6379/12]

habar.stats.connection (redis-py + hiredis) replaced habar/stats/resp.py, which spoke RESP2
by hand for this call, once this showed it within 15 % of it: resp.py is read back from the
commit before its removal (BASELINE) to keep the comparison.

Runs the beacon script (habar.stats.scripts.BEACON, a reader already counted: no key
grows) with the same keys through both clients, ROUNDS rounds of CALLS calls each, the
order swapped every round so drift in the machine falls on both alike; prints the median
and mean latency per call of each and the ratio redis-py / RESP. Loopback only; the keys
live under a unique prefix and are deleted at the end.
"""

# ruff: noqa: S603, S607

import secrets
import statistics
import subprocess
import sys
import time
import types
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import redis  # noqa: E402

from habar.stats import connection  # noqa: E402
from habar.stats.scripts import BEACON  # noqa: E402

BASELINE = "d70b54c:habar/stats/resp.py"

ROUNDS = 10
CALLS = 2000  # per client and round: 20,000 each in all


def load_resp():
    source = subprocess.run(
        ["git", "show", BASELINE], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    module = types.ModuleType("resp")
    exec(compile(source, BASELINE, "exec"), module.__dict__)  # noqa: S102
    return module


def main(url):
    if not url.startswith(("redis://127.", "redis://localhost")):
        sys.exit("loopback Redis only")
    prefix = f"bench-beacon-{secrets.token_hex(6)}:"
    keys = [prefix + name for name in ("version", "seen", "buffer", "total")]
    args = ["v1", "v1", "1", "token", 600, "d:1:2026-01-01", "t:1"]
    admin = redis.Redis.from_url(url)
    admin.set(keys[0], "v1")
    admin.set(keys[3], 41)
    resp_line = load_resp().Connection(url)
    redis_py_line = connection.connection(url)

    def by_resp():
        return resp_line.call("EVALSHA", BEACON.sha, len(keys), *keys, *args)

    def by_redis_py():
        return connection.call(redis_py_line, "EVALSHA", BEACON.sha, len(keys), *keys, *args)

    admin.script_load(BEACON.source)
    if not by_resp() == by_redis_py() == [2, 1, 42]:
        sys.exit("the two clients disagree")
    timings = {by_resp: [], by_redis_py: []}
    try:
        for round_ in range(ROUNDS):
            order = [by_resp, by_redis_py] if round_ % 2 == 0 else [by_redis_py, by_resp]
            for run in order:
                timings[run] += measure(run)
    finally:
        admin.delete(*keys)
        resp_line.close()
        redis_py_line.disconnect()
    figures = {}
    for run, name in ((by_resp, "resp.py"), (by_redis_py, "redis-py+hiredis")):
        median, mean = statistics.median(timings[run]), statistics.fmean(timings[run])
        figures[name] = median, mean
        print(
            f"{name:18} {len(timings[run])} calls  median {median / 1000:.1f} µs  "
            f"mean {mean / 1000:.1f} µs"
        )
    (resp_median, resp_mean), (py_median, py_mean) = figures.values()
    print(
        f"ratio redis-py / resp.py: median {py_median / resp_median:.3f}  "
        f"mean {py_mean / resp_mean:.3f}"
    )


def measure(run):
    clock = time.perf_counter_ns
    timings = []
    for _ in range(CALLS):
        start = clock()
        run()
        timings.append(clock() - start)
    return timings


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "redis://127.0.0.1:6379/12")
