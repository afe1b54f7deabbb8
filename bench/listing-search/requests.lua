-- wrk script: each thread signs its requests with one of the tokens in BENCH_TOKENS (comma-separated) and walks
-- the searches an agent's listing screen makes: first pages, price and bed filters, a city or ZIP, statuses,
-- free text, a map box, and sorts, over pages 0-4.
local tokens = {}
for token in string.gmatch(os.getenv("BENCH_TOKENS") or "", "[^,]+") do table.insert(tokens, token) end
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("token", tokens[((counter - 1) % #tokens) + 1])
end

local queries = {
  "/api/v1/properties?page=%d&size=25",
  "/api/v1/properties?minPrice=300000&maxPrice=600000&standardStatus=Active&sort=listPrice&page=%d",
  "/api/v1/properties?minBeds=3&minBaths=2&city=Round%%20Rock&page=%d",
  "/api/v1/properties?postalCode=78642&standardStatus=Active&standardStatus=Pending&page=%d",
  "/api/v1/properties?q=elm&minPrice=400000&page=%d",
  "/api/v1/properties?q=open%%20kitchen&page=%d",
  "/api/v1/properties?south=30.10&west=-97.85&north=30.25&east=-97.70&page=%d",
  "/api/v1/properties?propertyType=Residential&minBeds=4&sort=-listPrice&page=%d",
}

function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8)) or 0))
end

function request()
  local path = string.format(queries[math.random(#queries)], math.random(0, 4))
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end
