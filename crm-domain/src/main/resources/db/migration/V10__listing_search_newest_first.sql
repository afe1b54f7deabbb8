-- The listing search sorts newest first (ModificationTimestamp, then id) unless told otherwise, and agents and admins
-- open it unfiltered: without this index every such page sorted all 100,000 listings. Nulls last, as the search
-- orders them (V1's rows may have no timestamp).
create index properties_newest_idx on properties (modification_timestamp desc nulls last, id desc);
