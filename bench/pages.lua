-- GETs the pages listed in $URLS round and round, as the signed-in member of staff in $COOKIE.
local urls = {}
for line in io.lines(os.getenv("URLS")) do urls[#urls + 1] = line end
local cookie, n = os.getenv("COOKIE"), 0
function request()
  n = n % #urls + 1
  return wrk.format("GET", urls[n], { ["Cookie"] = cookie })
end
