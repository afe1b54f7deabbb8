-- A feed's page stores thousands of rows (listings, their first price and status, their media). With ids taken one
-- insert at a time (identity) Hibernate cannot batch them; from a sequence stepping by 50 it takes a block of 50 ids
-- per call and sends the inserts in batches (the entities' @SequenceGenerator, optimizer pooled-lo: the value read
-- is the first id of the block). Rows inserted by SQL still take the next value as their id, which no block holds.
-- Plain sequences rather than identity columns: an identity's sequence is not in information_schema.sequences, where
-- Hibernate's schema validation looks for it.
alter table properties alter column id drop identity;
create sequence properties_id_seq increment by 50 owned by properties.id;
select setval('properties_id_seq', coalesce((select max(id) from properties), 0) + 1, false);
alter table properties alter column id set default nextval('properties_id_seq');

alter table property_history alter column id drop identity;
create sequence property_history_id_seq increment by 50 owned by property_history.id;
select setval('property_history_id_seq', coalesce((select max(id) from property_history), 0) + 1, false);
alter table property_history alter column id set default nextval('property_history_id_seq');

alter table property_media alter column id drop identity;
create sequence property_media_id_seq increment by 50 owned by property_media.id;
select setval('property_media_id_seq', coalesce((select max(id) from property_media), 0) + 1, false);
alter table property_media alter column id set default nextval('property_media_id_seq');
