-- The photo pass takes at most crm.mls.photo-listings-per-sync listings a sync, oldest change first. A listing whose
-- photos keep failing (an expired media URL, a server that refuses one photo) stayed first in that order and came
-- back every sync: enough of them and no other listing got its photos. Each listing now records when the pass last
-- took it in hand, and the pass takes the least recently tried first (never tried, that is changed since, first).
alter table properties add column photos_tried_at timestamptz;
drop index properties_photos_changed_idx;
create index properties_photos_to_fetch_idx on properties (feed_id, photos_tried_at nulls first, modification_timestamp, id)
    where photos_changed;
