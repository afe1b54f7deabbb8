-- The listing search at 100,000 listings with eight agents at once (measured: p99 over one second before this).

-- 1. Totals. Every search counted its matches (up to 10,000) again on every page turn; a count of a broad filter
--    reads thousands of rows. Totals are now remembered per filter with a change counter, as the leads list does
--    (V2, V8): eight slots, a statement bumps the first slot no other transaction holds, readers add them up. The sum
--    moves exactly when a change to properties commits, on any server, so a remembered total is never stale. The
--    slots keep two feeds' syncs (and an agent's edit) from waiting on one counter row. One bump per transaction is
--    enough (the counter and the changes become visible together, at commit): a sync page updates its listings one
--    statement each, and a bump for each would pile a thousand versions of one counter row into its transaction.
create table property_changes (
    id      smallint primary key check (id between 1 and 8),
    version bigint   not null
);
insert into property_changes (id, version) select slot, 0 from generate_series(1, 8) as slot;

create function property_changes_bump() returns trigger language plpgsql as $$
begin
    -- a transaction-local setting (undone with the transaction or savepoint that set it) marks the bump as done
    if current_setting('crm.property_changes_bumped', true) = 'yes' then
        return null;
    end if;
    perform set_config('crm.property_changes_bumped', 'yes', true);
    update property_changes set version = version + 1
     where id = (select id from property_changes order by id limit 1 for update skip locked);
    if not found then
        -- more writers than slots: wait for the first one rather than lose the change
        update property_changes set version = version + 1 where id = 1;
    end if;
    return null;
end $$;

-- Only changes a search can see move it: the columns the listing search filters on (PropertySearch; the generated
-- search_text and remarks_tsv through the columns they are made of). The photo pass, which marks listings fetched
-- one by one for minutes, and a new ModificationTimestamp alone leave the totals standing. Property is written with
-- dynamic updates (only the columns that changed are set), or every update would name every column. A filter on
-- another column must be added here.
create trigger properties_changed
    after insert or delete or truncate
       or update of source, created_by_id, standard_status, list_price, bedrooms_total, bathrooms_total_integer,
                    city, postal_code, property_type, latitude, longitude, unparsed_address, street_number,
                    street_name, listing_id, public_remarks
    on properties
    for each statement execute function property_changes_bump();

-- 2. The map box. PostgreSQL estimates "point <@ box" at a fixed 0.1% of the rows whatever the box, so for a city-
--    wide box (a fifth of all listings) it chose the GiST index and sorted 20,000 rows for one page. Ranges on
--    latitude and longitude are estimated from the columns' statistics: a small box still reads the index, a wide
--    one walks the sort order's index and stops after a page.
drop index properties_location_idx;
create index properties_location_idx on properties (latitude, longitude);

-- 3. Sorting by price, both ways, without sorting every match: the order the search asks for (nulls last in both
--    directions, ties by id) exactly, so the planner can read a page from the index and stop.
create index properties_price_asc_idx on properties (list_price, id);
create index properties_price_desc_idx on properties (list_price desc nulls last, id desc);

-- 4. The type filter compares lower(property_type); without statistics on that expression PostgreSQL guessed 0.5%
--    of the rows for "residential" (half of them, in fact) and chose a scan of the whole table over the sort index.
create statistics properties_property_type_stats on (lower(property_type)) from properties;

analyze properties;
