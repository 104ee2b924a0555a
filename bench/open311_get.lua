-- Open311 GET requests/{id}.json with the client's key, round and round the references given.
local key = os.getenv("API_KEY")
local refs = {}
for line in io.lines(os.getenv("REFS")) do refs[#refs + 1] = line end
local n = 0
function request()
  n = n % #refs + 1
  return wrk.format("GET", "/open311/v2/requests/" .. refs[n] .. ".json?api_key=" .. key)
end
