-- 100,000 public listings (101,500 stored, 1 % withheld) for the website benchmark, stored as the MLS sync stores them, in a feed of their own
-- ("Bench site MLS"): 12 cities around Austin with their ZIPs and places, mostly Active, some Pending and Closed, a
-- few withheld from internet display; remarks, rooms, areas, years; a price history for one in five. Run again, it
-- adds only what is missing (:target listings in that feed).
\set target 101500
insert into mls_feeds (name, kind, base_url, cadence_seconds, requests_per_second, requests_per_hour, page_size,
                       enabled)
select 'Bench site MLS', 'RESO_WEB_API', 'https://bench-site.example/odata', 900, 2, 7200, 200, false
 where not exists (select 1 from mls_feeds where name = 'Bench site MLS');

with feed as (select id from mls_feeds where name = 'Bench site MLS'),
     have as (select count(*) as n from properties where feed_id = (select id from feed)),
     cities (k, city, zip, lat, lon) as (values
        (0, 'Austin', '78701', 30.27, -97.74), (1, 'Round Rock', '78664', 30.51, -97.68),
        (2, 'Cedar Park', '78613', 30.51, -97.82), (3, 'Georgetown', '78626', 30.63, -97.68),
        (4, 'Pflugerville', '78660', 30.44, -97.62), (5, 'Leander', '78641', 30.58, -97.85),
        (6, 'Kyle', '78640', 29.99, -97.88), (7, 'Buda', '78610', 30.09, -97.84),
        (8, 'Lakeway', '78734', 30.36, -97.98), (9, 'Hutto', '78634', 30.54, -97.55),
        (10, 'Manor', '78653', 30.34, -97.56), (11, 'Dripping Springs', '78620', 30.19, -98.09))
insert into properties (source, feed_id, listing_key, listing_id, standard_status, modification_timestamp,
                        list_price, close_price, close_date, street_number, street_name, street_suffix, city,
                        state_or_province, postal_code, county_or_parish, bedrooms_total, bathrooms_total_integer,
                        living_area, lot_size_area, year_built, property_type, property_sub_type, latitude, longitude,
                        public_remarks, list_agent_full_name, list_office_name, internet_entire_listing_display_yn,
                        photos_count, created_at, updated_at)
select 'MLS', feed.id, 'BS' || g, 'BS' || g,
       case when g % 10 = 7 then 'Pending' when g % 10 = 9 then 'Closed' when g % 25 = 3 then 'Coming Soon'
            else 'Active' end,
       now() - (g % 1000) * interval '1 hour',
       150000 + (g * 7919) % 1200000,
       case when g % 10 = 9 then 150000 + (g * 7919) % 1200000 - 5000 end,
       case when g % 10 = 9 then current_date - (g % 300) end,
       (100 + g % 9800)::text,
       (array['Oak', 'Elm', 'Maple', 'Cedar', 'Pecan', 'Live Oak', 'Mesquite', 'Bluebonnet', 'Juniper', 'Willow'])[1 + g % 10],
       (array['St', 'Ave', 'Dr', 'Ln', 'Trl', 'Cv'])[1 + g % 6],
       c.city, 'TX', c.zip, 'Travis',
       -- rooms independent of the city (g % 12)
       1 + (g / 12) % 6, 1 + (g / 7) % 4, 900 + (g * 31) % 3600, 0.1 + (g % 90) / 100.0, 1950 + g % 75,
       (array['Residential', 'Residential', 'Residential', 'Land', 'Residential Income'])[1 + g % 5],
       (array['Single Family Residence', 'Townhouse', 'Condominium'])[1 + g % 3],
       c.lat + ((g * 37) % 1000 - 500) / 5000.0, c.lon + ((g * 53) % 1000 - 500) / 5000.0,
       'Open kitchen, shaded yard and a two-car garage. Close to schools, parks and the lake. Listing ' || g || '.',
       'Bench Agent ' || (g % 40), 'Bench Realty ' || (g % 12),
       case when g % 97 = 0 then false end,
       0, now(), now()
  from feed, have, generate_series(1, :target) g
  join cities c on c.k = g % 12
 where g > have.n;

insert into property_history (property_id, field, old_price, new_price, modification_timestamp, changed_at)
select p.id, 'LIST_PRICE', p.list_price + 10000, p.list_price, p.modification_timestamp, p.modification_timestamp
  from properties p
 where p.feed_id = (select id from mls_feeds where name = 'Bench site MLS') and p.id % 5 = 0
   and not exists (select 1 from property_history h where h.property_id = p.id);

analyze properties;
analyze property_history;
