-- property_media_to_fetch_idx (V9) served no query: the photo pass reads a listing's media by property_id, which the
-- unique (property_id, media_key) index serves, and filters the few rows in Java. Every Media record of a first load
-- (ten a listing) paid for an entry in it; a measured fifth of the time of inserting them.
drop index property_media_to_fetch_idx;
