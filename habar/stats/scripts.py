"""The Redis scripts of the view buffer (habar.stats.buffer), each one atomic step."""

import hashlib


class Script:
    def __init__(self, source):
        self.source = source
        self.sha = hashlib.sha1(source.encode(), usedforsecurity=False).hexdigest()


# KEYS: the articles' version, the reader's seen key, the buffer, the reader's address key
# (views counted today from that address), then the running totals of the page and of its
# copies. ARGV: the caller's version ("*": no check), a version to start with if there is
# none, "1" if the view counts, the request token, the dedup window in seconds, the day
# field and the total field of the page in the buffer, the views an address may add a day
# ("": no limit, and the address key is not used).
# Answers {0, version} when the caller's facts are out of date, {1} when a running total
# is missing (nothing is counted in either case), else {2, counted, total}.
BEACON = Script("""
if ARGV[1] ~= "*" then
  local version = redis.call("GET", KEYS[1])
  if not version then
    version = ARGV[2]
    redis.call("SET", KEYS[1], version)
  end
  if version ~= ARGV[1] then return {0, version} end
end
local total = 0
for i = 5, #KEYS do
  local views = redis.call("GET", KEYS[i])
  if not views then return {1} end
  total = total + tonumber(views)
end
local counted = 0
if ARGV[3] == "1" then
  if redis.call("SET", KEYS[2], ARGV[4], "NX", "EX", ARGV[5]) then
    local within = ARGV[8] == ""
    if not within then
      local from_address = redis.call("INCR", KEYS[4])
      if from_address == 1 then redis.call("EXPIRE", KEYS[4], 172800) end
      within = from_address <= tonumber(ARGV[8])
    end
    if within then
      redis.call("HINCRBY", KEYS[3], ARGV[6], 1)
      redis.call("HINCRBY", KEYS[3], ARGV[7], 1)
      redis.call("INCR", KEYS[5])
      total = total + 1
      counted = 1
    end
  elseif redis.call("GET", KEYS[2]) == ARGV[4] then
    counted = 1  -- by this request, whose first answer was lost
  end
end
return {2, counted, total}
""")

# KEYS: the fence, the pending set. ARGV: a token, the fence's life in milliseconds.
# Raises the fence (dropping lapsed ones) and answers the pending flush keys.
RAISE_FENCE = Script("""
local now = redis.call("TIME")
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
redis.call("ZREMRANGEBYSCORE", KEYS[1], "-inf", now_ms)
redis.call("ZADD", KEYS[1], now_ms + tonumber(ARGV[2]), ARGV[1])
return redis.call("SMEMBERS", KEYS[2])
""")

# KEYS: the fence, the buffer, the running totals to start, then the pending flush keys
# whose views the database snapshot lacks. ARGV: the fence token, the totals' life in
# seconds, then per running total its database views and its field in the buffers.
# Answers 0 (and starts nothing) if the fence lapsed meanwhile, else 1.
START_TOTALS = Script("""
if not redis.call("ZSCORE", KEYS[1], ARGV[1]) then return 0 end
redis.call("ZREM", KEYS[1], ARGV[1])
local count = (#ARGV - 2) / 2
for i = 1, count do
  local key = KEYS[2 + i]
  if redis.call("EXISTS", key) == 0 then
    local field = ARGV[2 + count + i]
    local total = tonumber(ARGV[2 + i]) + tonumber(redis.call("HGET", KEYS[2], field) or "0")
    for j = 3 + count, #KEYS do
      total = total + tonumber(redis.call("HGET", KEYS[j], field) or "0")
    end
    redis.call("SET", key, string.format("%d", total), "EX", ARGV[2])
  end
end
return 1
""")

# The fence check of the flush's own steps: true while a running total is being started.
FENCED = """
local now = redis.call("TIME")
redis.call("ZREMRANGEBYSCORE", KEYS[1], "-inf",
  tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000))
if redis.call("ZCARD", KEYS[1]) > 0 then return 0 end
"""

# KEYS: the fence, the buffer, the pending set, the new flush key.
RENAME_BUFFER = Script(
    FENCED
    + """
if redis.call("EXISTS", KEYS[2]) == 0 then return 0 end
redis.call("RENAME", KEYS[2], KEYS[4])
redis.call("SADD", KEYS[3], KEYS[4])
return 1
"""
)

# KEYS: the fence, the pending set, the flush key.
FORGET_FLUSH = Script(
    FENCED
    + """
redis.call("DEL", KEYS[3])
redis.call("SREM", KEYS[2], KEYS[3])
return 1
"""
)
