-- Sends each prepared draft's check-answers form once: one request is one report submitted.
local drafts = {}
for line in io.lines(os.getenv("DRAFTS")) do
  local cookie, token = line:match("([^\t]+)\t(.+)")
  drafts[#drafts + 1] = { cookie = cookie, token = token }
end
-- Each thread takes every THREADS-th draft; CONNECTIONS (default THREADS) requests are in flight at once.
local counter, threads = 0, tonumber(os.getenv("THREADS"))
local connections = tonumber(os.getenv("CONNECTIONS") or os.getenv("THREADS"))

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end

function init(args)
  i = offset + 1
end

function request()
  local d = drafts[i]
  if d == nil then wrk.thread:stop() return wrk.format("GET", "/health/live") end
  i = i + threads
  return wrk.format("POST", "/services/pothole/check", {
    ["Cookie"] = d.cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, "__RequestVerificationToken=" .. d.token)
end

-- wrk's own rate counts the idle time after the drafts run out, so report the closed-loop rate:
-- with every connection busy, throughput is connections / mean latency (Little's law).
function done(summary, latency, requests)
  io.write(string.format("Submissions/sec: %.1f\n", connections * 1000000 / latency.mean))
end
