-- Every lead written pays for every index on leads; an import writes a million. The status and temperature indexes
-- (each ordered by creation) served filters that match a large share of all leads (a handful of statuses, three
-- temperatures): walking leads_created_idx and skipping the others finds a page as fast, and the filtered totals
-- are remembered per lead change counter. The leads list still answers within its target at 100,000 leads
-- (docs/performance.md). The source index stays: a source can be rare, and a rare value is what a scan would pay
-- for. The agent index stays: it is every agent's view of their own leads.
drop index leads_status_idx;
drop index leads_temperature_idx;
