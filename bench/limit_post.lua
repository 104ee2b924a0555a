-- The limit app's POST /items: a form of three fields, a new row each time.
local n = 0
function request()
  n = n + 1
  return wrk.format("POST", "/items", { ["Content-Type"] = "application/x-www-form-urlencoded" },
    "name=Bench+Resident+" .. n .. "&email=bench" .. n .. "%40example.com&description=A+deep+pothole+outside+number+" .. n)
end
