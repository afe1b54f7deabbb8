-- wrk script: signed as bench/signed-requests.lua says (a token of BENCH_TOKENS per thread), it walks
-- the searches an agent's listing screen makes: first pages, price and bed filters, a city or ZIP, statuses,
-- free text, a map box, and sorts, over pages 0-4.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "../signed-requests.lua")

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

function request()
  local path = string.format(queries[math.random(#queries)], math.random(0, 4))
  return signed_get(path)
end
