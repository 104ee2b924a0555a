-- The limit app's GET /items/{id}, round and round the first $ROWS rows.
local rows, n = tonumber(os.getenv("ROWS")), 0
function request()
  n = n % rows + 1
  return wrk.format("GET", "/items/" .. n)
end
