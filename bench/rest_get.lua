-- REST GET /api/v1/cases/{reference} with the client's key, round and round the references given.
local key, refs, n = os.getenv("API_KEY"), {}, 0
for line in io.lines(os.getenv("REFS")) do refs[#refs + 1] = line end
function request()
  n = n % #refs + 1
  return wrk.format("GET", "/api/v1/cases/" .. refs[n], { ["Authorization"] = "Bearer " .. key })
end
