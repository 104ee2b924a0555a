-- Reads tracking pages through their signed links, round and round.
local links = {}
for line in io.lines(os.getenv("LINKS")) do links[#links + 1] = line end
local n = 0
function request()
  n = n % #links + 1
  return wrk.format("GET", links[n])
end
