-- The listing search's change counter (V13) moved only for updates that named a filtered column, so Property was
-- written with dynamic updates (only the changed columns). Hibernate does not batch dynamic updates: an incremental
-- sync page of 1,000 changed listings took 1,000 round trips (a second) instead of 20 batches. Property is written
-- whole again, and the counter now moves when a filtered column's value changes, whatever the statement names:
-- a row trigger whose WHEN clause PostgreSQL checks without calling the function, which bumps once per transaction.
-- Inserts and deletes still bump once per statement. A filter on another column must be added to the WHEN clause.
drop trigger properties_changed on properties;

create trigger properties_added_or_removed
    after insert or delete or truncate on properties
    for each statement execute function property_changes_bump();

create trigger properties_search_fields_changed
    after update on properties
    for each row
    when (old.source is distinct from new.source
       or old.created_by_id is distinct from new.created_by_id
       or old.standard_status is distinct from new.standard_status
       or old.list_price is distinct from new.list_price
       or old.bedrooms_total is distinct from new.bedrooms_total
       or old.bathrooms_total_integer is distinct from new.bathrooms_total_integer
       or old.city is distinct from new.city
       or old.postal_code is distinct from new.postal_code
       or old.property_type is distinct from new.property_type
       or old.latitude is distinct from new.latitude
       or old.longitude is distinct from new.longitude
       or old.unparsed_address is distinct from new.unparsed_address
       or old.street_number is distinct from new.street_number
       or old.street_name is distinct from new.street_name
       or old.listing_id is distinct from new.listing_id
       or old.public_remarks is distinct from new.public_remarks)
    execute function property_changes_bump();
