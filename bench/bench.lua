-- wrk script for the BoneTrack bench (bench/run.sh). Usage:
--   wrk ... -s bench/bench.lua <url> -- <mode> <items-file> [<paths-file>]
-- mode: page  - GET the paths in <paths-file> (rotating) with the SESSION cookies in <items-file>
--       post  - POST an exercise session to /api/v1/me/exercise-sessions with the bearer tokens in <items-file>
-- Each request takes the next cookie/token, so the load rotates across many signed-in people.
-- Counts 2xx and other statuses; a redirect (e.g. an expired session sent to /login) counts as a failure.
-- With BENCH_THINK_MS set, each connection waits about that long (0.5 to 1.5 times, at random, so the
-- connections do not fall into step) before each request: a paced load instead of as fast as it goes.

local threads = {}

local think = tonumber(os.getenv("BENCH_THINK_MS") or "")
if think then
  function delay()
    return math.floor(think * (0.5 + math.random()))
  end
end
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local function lines(file)
  local list = {}
  for line in io.lines(file) do
    if line ~= "" then table.insert(list, line) end
  end
  return list
end

function init(args)
  mode = args[1]
  items = lines(args[2])
  paths = args[3] and lines(args[3]) or { "/" }
  i = id * 7919
  math.randomseed(i) -- each thread its own pauses (BENCH_THINK_MS), not the same sequence twice
  ok = 0
  bad = 0
  now = os.time()
end

function request()
  i = i + 1
  local item = items[(i % #items) + 1]
  if mode == "post" then
    -- a day of the last year, from yesterday in UTC on (a past day in every time zone; today in UTC is
    -- still tomorrow west of it): spread like a backfill, so no patient-week piles up hundreds of sessions
    local day = os.date("!%Y-%m-%d", now - 86400 * (1 + (i * 7) % 365))
    local body = string.format(
      '{"date":"%s","startTime":"18:%02d","type":"RESISTANCE","rpe":8,"sets":[' ..
      '{"exercise":"squat","reps":5,"loadKg":40,"warmup":false,"rir":2},' ..
      '{"exercise":"squat","reps":5,"loadKg":40,"warmup":false,"rir":2},' ..
      '{"exercise":"row","reps":8,"loadKg":30,"warmup":false,"rir":2}]}', day, i % 60)
    return wrk.format("POST", "/api/v1/me/exercise-sessions",
      { ["Authorization"] = "Bearer " .. item, ["Content-Type"] = "application/json",
        ["Accept"] = "application/json" }, body)
  end
  local path = paths[(math.floor(i / #items) % #paths) + 1]
  return wrk.format("GET", path, { ["Cookie"] = "SESSION=" .. item })
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    bad = bad + 1
    if bad <= 3 then io.stderr:write("status " .. status .. "\n") end
  end
end

function done(summary, latency, requests)
  local o, b = 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    b = b + t:get("bad")
  end
  io.write(string.format("BENCH requests=%d ok=%d bad=%d errors=%d rps=%.1f p50=%.2f p90=%.2f p99=%.2f max=%.2f\n",
    summary.requests, o, b,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
