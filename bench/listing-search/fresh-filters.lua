-- wrk script: the first search of a filter, whose total nobody has counted yet. Each request asks for Active
-- listings above a price floor drawn at random to the dollar, so (almost) no two requests share a filter and every
-- one counts its matches (up to 10,000). Signed as bench/signed-requests.lua says.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "../signed-requests.lua")

function request()
  local path = string.format("/api/v1/properties?standardStatus=Active&minPrice=%d", math.random(100000, 900000))
  return signed_get(path)
end
