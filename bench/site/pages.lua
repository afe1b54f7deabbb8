-- wrk script: listing pages, each request a random one of the paths in BENCH_PATHS (one per line, written by run.sh
-- from the database), as visitors arriving from search engines and shared links spread over the whole catalogue.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  paths[#paths + 1] = line
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
