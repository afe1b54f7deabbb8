-- Loads synthetic leads (with one phone each) into the crm database, in one set-based statement per table: the
-- COPY-style bulk load the issue allows for the benchmark. The rows come on standard input from SealedSeed.java, their email and phone sealed and
-- blind-indexed with the system's keys as the application stores them (see seed_bench_leads in bench-lib.sh).
-- Bench leads are the ones whose search text ends in ' ~bench': their emails are sealed, so nothing else in SQL can
-- tell them apart.
\set ON_ERROR_STOP on
begin;
create temporary table bench_seed (n int, first_name text, last_name text, email text, email_index text, phone text,
                                   phone_index text, source text, status text, temperature text, agent_id bigint,
                                   created_at timestamptz) on commit drop;
\copy bench_seed from pstdin

insert into leads (first_name, last_name, email, email_index, source, status, temperature, assigned_agent_id,
                   search_text, created_at, updated_at)
select first_name, last_name, email, email_index, source, status, temperature, agent_id,
       lower(first_name || ' ' || last_name) || ' ~bench', created_at, created_at
from bench_seed order by n;

insert into lead_phones (lead_id, position, number, number_index, type)
select l.id, 0, s.phone, s.phone_index, 'MOBILE' from bench_seed s join leads l on l.email_index = s.email_index;
commit;
vacuum analyze leads;
vacuum analyze lead_phones;
