-- The campaign's recipients as leads (one mobile phone each), in one set-based statement per table, like
-- bench/leads-list/seed.sql: the rows come on standard input from bench/leads-list/SealedSeed.java (phones=, email=,
-- source= options), their email and phone sealed and blind-indexed with the system's keys. Each recipient's line of
-- bench_campaign_recipients (loaded from the plan before) gets its phone's blind index: the outbox records the index of
-- the number it texted (outbox_texts.to_index), so the texts are counted per recipient without unsealing anything.
-- The leads' search text ends in ' ~bench-campaign' (not ' ~bench': those are bench/leads-list's leads).
\set ON_ERROR_STOP on
begin;
create temporary table bench_seed (n int, first_name text, last_name text, email text, email_index text, phone text,
                                   phone_index text, source text, status text, temperature text, agent_id bigint,
                                   created_at timestamptz) on commit drop;
\copy bench_seed from pstdin

update bench_campaign_recipients r set phone_index = s.phone_index from bench_seed s where s.n = r.n;

insert into leads (first_name, last_name, email, email_index, source, status, temperature, assigned_agent_id,
                   search_text, created_at, updated_at)
select first_name, last_name, email, email_index, source, status, temperature, agent_id,
       lower(first_name || ' ' || last_name) || ' ~bench-campaign', created_at, created_at
from bench_seed order by n;

insert into lead_phones (lead_id, position, number, number_index, type)
select l.id, 0, s.phone, s.phone_index, 'MOBILE' from bench_seed s join leads l on l.email_index = s.email_index;
commit;
vacuum analyze leads;
vacuum analyze lead_phones;
analyze bench_campaign_recipients;
