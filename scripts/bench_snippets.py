"""The scripts `make bench` runs in wrk and in Django processes (scripts/bench.py)."""

# One wrk script for every mode: "plain", "bust" (a session cookie, as a signed-in editor
# sends: the page cache passes it on; a made-up query string no longer misses) and "beacon"
# (a POST with a new User-Agent per request, so each is a new visitor). It counts what it sent and
# what came back, and the X-Habar-Cache states.
WRK_LUA = """
local threads, keys = {}, {"sent", "answered", "ok", "hit", "stale", "miss"}
function setup(thread) table.insert(threads, thread) end
function init(args)
  mode, token, sent, answered, ok, hit, stale, miss = args[1], args[2], 0, 0, 0, 0, 0, 0
  sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
end
function request()
  sent = sent + 1
  if mode == "bust" then
    return wrk.format("GET", nil, {["Cookie"] = "sessionid=bench" .. token .. sent})
  end
  if mode ~= "beacon" then return wrk.format("GET") end
  local ua = "Mozilla/5.0 (X11; Linux x86_64) HabarBench/" .. token .. "." .. sent
  return wrk.format("POST", nil, {["User-Agent"] = ua}, "")
end
function response(status, headers)
  answered = answered + 1
  if status >= 200 and status < 300 then ok = ok + 1 end
  local state = headers["x-habar-cache"] or headers["X-Habar-Cache"]
  if state == "hit" or state == "stale" or state == "miss" then _G[state] = _G[state] + 1 end
end
function done(summary, latency, requests)
  io.write("COUNTS p95us=" .. math.floor(latency:percentile(95)))
  for _, key in ipairs(keys) do
    local total = 0
    for _, thread in ipairs(threads) do total = total + thread:get(key) end
    io.write(" " .. key .. "=" .. total)
  end
end
"""

# SQL queries of one request per target, after one warm-up request (cached=True: a page cache
# hit; else HABAR_PAGE_CACHE off, so the page is rendered). Each beacon is a new visitor.
QUERIES_PY = """
import json, sys, django
django.setup()
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
client, counts = Client(HTTP_HOST=sys.argv[1]), []
for n, (method, path, cached) in enumerate(json.loads(sys.argv[2])):
    for attempt in range(2):
        ua = f"Mozilla/5.0 (X11; Linux x86_64) HabarBenchQueries/{n}.{attempt}"
        with override_settings(HABAR_PAGE_CACHE=cached), CaptureQueriesContext(connection) as q:
            response = getattr(client, method)(path, HTTP_USER_AGENT=ua)
        assert response.status_code == 200, (path, response.status_code)
    counts.append(len(q))
print(json.dumps(counts))
"""

# Publishes a sibling of the reference article once a second for the given seconds; prints
# how many publishes it made and the CPU ms each took in this process.
STORM_PY = """
import sys, time, django
django.setup()
from habar.news.models import ArticlePage
seed = ArticlePage.objects.get(pk=int(sys.argv[1]))
page = ArticlePage.objects.sibling_of(seed, inclusive=False).live().first()
print("ready", flush=True)
sys.stdin.readline()
published, end, cpu = 0, time.monotonic() + float(sys.argv[2]), time.process_time()
while time.monotonic() < end:
    started = time.monotonic()
    page.save_revision().publish()
    published += 1
    time.sleep(max(0.0, 1.0 - (time.monotonic() - started)))
print(published, (time.process_time() - cpu) * 1000 / max(published, 1), flush=True)
"""
