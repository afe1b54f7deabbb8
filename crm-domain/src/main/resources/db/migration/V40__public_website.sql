-- The public website (crm-site, on Payara Micro) reads listings through these views and nothing else: its database
-- role (<database>_site_reader, made by server-config/provision.sh, with the login role <db user>_site in it) may
-- select from them and from no table.
--
-- Which listings the public may see, the IDX display rule, lives here and in PropertyVisibility.publicListings(),
-- which the core applies to what it serves the public (photos, the listing an inquiry names): an MLS listing (never
-- an agent's off-MLS property) that is on the market or sold, and whose feed has not withheld it from internet
-- display (InternetEntireListingDisplayYN false). A feed that does not send the flag is an IDX feed that sends only
-- what may be shown, so its listings are shown.
--
-- site_agents is a security barrier: PostgreSQL applies its conditions before any condition of the reader's that
-- could leak a value (a function, a cast whose error message quotes it), so the reader cannot see the users it
-- hides. The listing views cannot be one: a barrier view is planned on its own, so a search's order and limit no
-- longer reach the indexes and every search reads all the listings (measured: search p50 16 ms → 400 ms). Someone
-- holding the website's credentials could therefore read the listed columns of the properties site_listings hides
-- (with a failing cast); a function of their own is ruled out below. city_key is the city as its index has it.
create view site_listings as
select p.id, p.listing_id, p.standard_status, p.property_type, p.property_sub_type, p.list_price,
       p.original_list_price, p.close_price, p.close_date, p.listing_contract_date, p.bedrooms_total,
       p.bathrooms_total_integer, p.living_area, p.lot_size_area, p.year_built, p.unparsed_address, p.street_number,
       p.street_name, p.street_suffix, p.unit_number, p.city, lower(p.city) as city_key, p.state_or_province,
       p.postal_code, p.county_or_parish, p.latitude, p.longitude, p.public_remarks, p.list_agent_full_name,
       p.list_office_name, p.modification_timestamp, p.photos_count, p.search_text, p.feed_id, f.name as feed_name,
       -- the street line as the feed gave it, else made of its parts
       coalesce(p.unparsed_address,
                nullif(concat_ws(' ', p.street_number, p.street_name, p.street_suffix, p.unit_number), '')) as street
  from properties p
  join mls_feeds f on f.id = p.feed_id
 where p.source = 'MLS'
   and p.standard_status in ('Active', 'Active Under Contract', 'Coming Soon', 'Pending', 'Closed')
   and p.internet_entire_listing_display_yn is not false;

-- The photos the site shows: those already copied into our document store as images (the core serves them, by the
-- same rule: PropertyMedia.isPublicPhoto). version changes when the stored photo does, so that its address changes
-- too and no cache keeps the old one.
create view site_listing_photos as
select m.id, m.property_id, m.media_order, m.thumbnail_key is not null as has_thumbnail,
       left(md5(m.stored_key), 12) as version
  from property_media m
  join site_listings l on l.id = m.property_id
 where m.stored_key is not null
   and (m.category is null or m.category = 'Photo')
   and m.content_type in ('image/jpeg', 'image/png');

create view site_price_history as
select h.property_id, h.changed_at, h.field, h.old_price, h.new_price, h.old_status, h.new_status
  from property_history h
  join site_listings l on l.id = h.property_id;

-- The brokerage's roster on the website: its active agents, by name and email (no other account data).
create view site_agents with (security_barrier) as
select u.id, u.name, u.email
  from users u
 where u.role = 'AGENT' and u.active;

-- The grants need the role; provision.sh makes it before the first start (and grants again when it comes later).
-- Temporary objects are the application's own: no other role of this database may make them (a function of its
-- own is the usual way to read past a view's conditions).
do $$
declare
    reader text := current_database() || '_site_reader';
begin
    execute format('revoke temporary on database %I from public', current_database());
    if exists (select 1 from pg_roles where rolname = reader) then
        execute format('grant select on site_listings, site_listing_photos, site_price_history, site_agents to %I',
                       reader);
    end if;
end
$$;
