-- Open311 POST requests.xml: every request is a new pothole report from a different person, as FixMyStreet sends them.
local key = os.getenv("API_KEY")
local forenames = { "Amir", "Beth", "Carys", "Dev", "Elif", "Finn", "Grace", "Hamza", "Isla", "Jon", "Kemi", "Liam", "Maya", "Noah", "Orla", "Priya",
  "Quinn", "Rosa", "Sami", "Tom", "Uma", "Vik", "Wen", "Xavi", "Yara", "Zac" }
local surnames = { "Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan",
  "Nowak", "Owen", "Patel", "Quigley", "Roberts", "Singh", "Taylor", "Underwood", "Vaughan", "Walsh", "Young", "Zielinski" }
local counter = 0
-- Each run's people and FixMyStreet ids are new: a repeated fixmystreet_id is answered with the case already made, which costs far less.
local run = os.time()
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end
function init(args)
  n = 0
end
function request()
  n = n + 1
  local who = run .. "-" .. id .. "-" .. n
  local lat = 53.70 + (n % 100) / 1000
  local body = "api_key=" .. key .. "&service_code=pothole&lat=" .. lat .. "&long=-2.45"
    .. "&first_name=" .. forenames[n % #forenames + 1] .. "&last_name=" .. surnames[(n * 7 + id) % #surnames + 1]
    .. "&email=bench-" .. who .. "%40example.com"
    .. "&description=Pothole+" .. who .. "&attribute%5Bwhere_on_road%5D=road&attribute%5Bdepth%5D=deep"
    .. "&attribute%5Bfixmystreet_id%5D=bench-" .. who
  return wrk.format("POST", "/open311/v2/requests.xml", { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end
