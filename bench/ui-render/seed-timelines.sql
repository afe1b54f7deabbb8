-- Gives the benchmark leads (bench/leads-list/seed.sql) what a lead that left NEW has in real use: the timeline
-- entry of that change and leads.first_contacted_at (the dashboard's "speed to first contact"), some minutes to
-- two days after the lead was created; and a next follow-up on every third lead (some overdue, some ahead).
-- Idempotent: leads that already have such an entry are skipped.
\set ON_ERROR_STOP on
begin;
create temporary table bench_contact on commit drop as
select l.id, l.assigned_agent_id, l.created_at + ((5 + (l.id * 37) % 2875) || ' minutes')::interval as contacted_at
from leads l
where l.search_text like '% ~bench' and l.status <> 'NEW' and l.deleted_at is null
  and not exists (select 1 from activities a where a.lead_id = l.id and a.action = 'STATUS_CHANGED');

insert into activities (occurred_at, actor_id, subject_type, subject_id, lead_id, action, summary, changes)
select contacted_at, assigned_agent_id, 'LEAD', id, id, 'STATUS_CHANGED', 'Status NEW → CONTACTED',
       '{"status": {"from": "NEW", "to": "CONTACTED"}}'::jsonb
from bench_contact;

update leads l set first_contacted_at = c.contacted_at from bench_contact c where c.id = l.id;
update leads set next_follow_up_at = created_at + ((id % 96) || ' hours')::interval
where search_text like '% ~bench' and id % 3 = 0 and next_follow_up_at is null;
commit;
vacuum analyze leads;
vacuum analyze activities;
