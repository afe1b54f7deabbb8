-- Loads :count synthetic leads (with one phone each) into the crm database, spread over the agents whose ids are
-- in :agents (a comma-separated list), in one set-based statement per table: the COPY-style bulk load the issue
-- allows for the benchmark. Values respect every constraint the API enforces (E.164 phones, lower-case emails,
-- statuses, search text).
\set ON_ERROR_STOP on
begin;
create temporary table bench_seed on commit drop as
select g as n,
       (array['James','Mary','Robert','Patricia','John','Jennifer','Michael','Linda','David','Sofia','Wei','Priya'])[1 + g % 12] as first_name,
       (array['Smith','Johnson','Garcia','Miller','Davis','Lopez','Nguyen','Patel','Kim','Chen','Okafor','Rossi','Cohen'])[1 + (g / 12) % 13] as last_name,
       'bench.lead.' || g || '@example.com' as email,
       '+1' || (array['212','312','415','617','646','718'])[1 + g % 6] || lpad((2000000 + g)::text, 7, '0') as phone,
       (array['Zillow','Realtor.com','Website','Referral','Open house','Sign call','Facebook ad','Purchased list'])[1 + (g * 7) % 8] as source,
       (array['NEW','NEW','NEW','CONTACTED','CONTACTED','QUALIFIED','NURTURE','UNDER_CONTRACT','CLOSED','LOST'])[1 + (g * 13) % 10] as status,
       (array['HOT','WARM','WARM','COLD'])[1 + (g * 5) % 4] as temperature,
       (string_to_array(:'agents', ','))[1 + g % array_length(string_to_array(:'agents', ','), 1)]::bigint as agent_id,
       now() - (g || ' minutes')::interval as created_at
from generate_series(1, :count) g;

insert into leads (first_name, last_name, email, source, status, temperature, assigned_agent_id, search_text,
                   created_at, updated_at)
select first_name, last_name, email, source, status, temperature, agent_id,
       lower(first_name || ' ' || last_name || ' ' || email || ' ' || substr(phone, 2) || ' ' || substr(phone, 3)),
       created_at, created_at
from bench_seed order by n;

insert into lead_phones (lead_id, position, number, type)
select l.id, 0, s.phone, 'MOBILE' from bench_seed s join leads l on l.email = s.email;
commit;
vacuum analyze leads;
vacuum analyze lead_phones;
