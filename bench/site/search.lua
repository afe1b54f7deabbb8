-- wrk script: the website's search as visitors use it: a city, a price range, beds and baths, a ZIP, free text,
-- sold homes, sorts; pages 1-3.
local queries = {
  "/homes?page=%d",
  "/homes?city=Round+Rock&page=%d",
  "/homes?minPrice=300000&maxPrice=600000&sort=price-low&page=%d",
  "/homes?city=Austin&beds=3&baths=2&page=%d",
  "/homes?zip=78613&status=all&page=%d",
  "/homes?q=maple&minPrice=400000&page=%d",
  "/homes?status=sold&city=Georgetown&page=%d",
  "/homes?type=Residential&beds=4&sort=price-high&page=%d",
}

function request()
  return wrk.format("GET", string.format(queries[math.random(#queries)], math.random(1, 3)))
end
