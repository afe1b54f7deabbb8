-- wrk script: what integrators ask the RESO Web API, with the API client's token in BENCH_TOKEN. BENCH_KIND picks
-- the workload:
--   replication  the next 100 listings changed since a moment ($filter on ModificationTimestamp, ordered by it),
--                as a portal's replication asks every few minutes, from a random point in the last 1,000 hours;
--   search       a buyer-facing query: a city, a price range, beds, a status, text in the remarks, 25 a page;
--   record       one listing by key with its photos ($expand=Media), a random one of the ids in BENCH_IDS.
local kind = os.getenv("BENCH_KIND")
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["Accept"] = "application/json"

local ids = {}
if kind == "record" then
  for line in io.lines(os.getenv("BENCH_IDS")) do
    ids[#ids + 1] = line
  end
end

local searches = {
  "/reso/odata/Property?$filter=City%20eq%20'Austin'%20and%20ListPrice%20ge%20300000%20and%20BedroomsTotal%20ge%203&$orderby=ListPrice&$top=25",
  "/reso/odata/Property?$filter=StandardStatus%20eq%20'Pending'%20and%20City%20eq%20'Round%20Rock'&$top=25",
  "/reso/odata/Property?$filter=PostalCode%20eq%20'78613'%20and%20ListPrice%20lt%20500000&$orderby=ModificationTimestamp%20desc&$top=25",
  "/reso/odata/Property?$filter=StandardStatus%20in%20('Active','Coming%20Soon')%20and%20BathroomsTotalInteger%20ge%202&$orderby=ListPrice%20desc&$top=25",
  "/reso/odata/Property?$filter=City%20eq%20'Georgetown'%20and%20StandardStatus%20eq%20'Closed'&$select=ListingKey,ClosePrice,CloseDate&$top=25",
}

local function replication()
  local since = os.time() - math.random(0, 1000 * 3600)
  return string.format("/reso/odata/Property?$filter=ModificationTimestamp%%20gt%%20%s&$orderby=ModificationTimestamp&$top=100",
      os.date("!%Y-%m-%dT%H:%M:%SZ", since))
end

function request()
  if kind == "replication" then
    return wrk.format("GET", replication())
  elseif kind == "search" then
    return wrk.format("GET", searches[math.random(#searches)])
  elseif kind == "record" then
    return wrk.format("GET", "/reso/odata/Property('" .. ids[math.random(#ids)] .. "')?$expand=Media")
  end
  return wrk.format("GET", "/api/v1/version")
end
