-- GETs the pages listed in $URLS round and round, as the signed-in person in $COOKIE, or as a visitor without cookies when it is empty.
local urls = {}
for line in io.lines(os.getenv("URLS")) do urls[#urls + 1] = line end
local cookie, n = os.getenv("COOKIE"), 0
function request()
  n = n % #urls + 1
  return wrk.format("GET", urls[n], (cookie ~= nil and cookie ~= "") and { ["Cookie"] = cookie } or {})
end
