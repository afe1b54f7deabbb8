-- What every wrk script of bench/ shares: each thread signs its requests with one of the tokens in BENCH_TOKENS
-- (comma-separated, handed out in turn), and seeds its own random numbers. A script next to a run.sh loads it with
--   dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "../signed-requests.lua")
-- and answers each request with signed_get(path).
local tokens = {}
for each in string.gmatch(os.getenv("BENCH_TOKENS") or "", "[^,]+") do table.insert(tokens, each) end
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("token", tokens[((counter - 1) % #tokens) + 1])
end

function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8)) or 0))
end

function signed_get(path)
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end
