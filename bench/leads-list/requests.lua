-- wrk script: each thread signs its requests with one of the tokens in BENCH_TOKENS (comma-separated) and walks
-- a realistic mix of list queries: first pages, filters, sorts and free-text search, as an agent's screen does.
local tokens = {}
for token in string.gmatch(os.getenv("BENCH_TOKENS") or "", "[^,]+") do table.insert(tokens, token) end
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("token", tokens[((counter - 1) % #tokens) + 1])
end

local queries = {
  "/api/v1/leads?page=%d&size=25",
  "/api/v1/leads?status=NEW&page=%d&size=25",
  "/api/v1/leads?status=CONTACTED&status=QUALIFIED&sort=-updatedAt&page=%d",
  "/api/v1/leads?temperature=HOT&sort=lastName&page=%d",
  "/api/v1/leads?source=Zillow&status=NEW&page=%d",
  "/api/v1/leads?q=garcia&page=%d",
  "/api/v1/leads?q=415200&page=%d",
  "/api/v1/leads?sort=nextFollowUpAt&size=50&page=%d",
}

function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8)) or 0))
end

function request()
  local path = string.format(queries[math.random(#queries)], math.random(0, 9))
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end
