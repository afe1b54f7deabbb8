-- wrk script: signed as bench/signed-requests.lua says (a token of BENCH_TOKENS per thread), it walks
-- a realistic mix of list queries: first pages, filters, sorts and free-text search, as an agent's screen does.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "../signed-requests.lua")

local queries = {
  "/api/v1/leads?page=%d&size=25",
  "/api/v1/leads?status=NEW&page=%d&size=25",
  "/api/v1/leads?status=CONTACTED&status=QUALIFIED&sort=-updatedAt&page=%d",
  "/api/v1/leads?temperature=HOT&sort=lastName&page=%d",
  "/api/v1/leads?source=Zillow&status=NEW&page=%d",
  "/api/v1/leads?q=garcia&page=%d",
  "/api/v1/leads?q=%%28415%%29%%20200-0002&page=%d",
  "/api/v1/leads?sort=nextFollowUpAt&size=50&page=%d",
}

function request()
  local path = string.format(queries[math.random(#queries)], math.random(0, 9))
  return signed_get(path)
end
