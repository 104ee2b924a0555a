-- REST POST /api/v1/cases: every request a new pothole report from a different person.
local key, n = os.getenv("API_KEY"), 0
function request()
  n = n + 1
  local body = '{"service_code":"pothole","answers":{"where_on_road":["road"],"depth":["deep"],"description":["Pothole ' .. n .. '"]},'
    .. '"location":{"latitude":' .. (53.70 + (n % 100) / 1000) .. ',"longitude":-2.45},'
    .. '"contact":{"name":"Rest Resident ' .. n .. '","email":"rest' .. n .. '-' .. os.time() .. '@example.com"}}'
  return wrk.format("POST", "/api/v1/cases", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key }, body)
end
