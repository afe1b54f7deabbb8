-- wrk script: the first search of a filter, whose total nobody has counted yet. Each request asks for Active
-- listings above a price floor drawn at random to the dollar, so (almost) no two requests share a filter and every
-- one counts its matches (up to 10,000). Tokens as in requests.lua.
local tokens = {}
for token in string.gmatch(os.getenv("BENCH_TOKENS") or "", "[^,]+") do table.insert(tokens, token) end
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("token", tokens[((counter - 1) % #tokens) + 1])
end

function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8)) or 0))
end

function request()
  local path = string.format("/api/v1/properties?standardStatus=Active&minPrice=%d", math.random(100000, 900000))
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end
