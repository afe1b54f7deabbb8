-- Gives the benchmark leads (bench/leads-list/seed.sql) the timeline entry the dashboard's "speed to first
-- contact" reads: every lead that is no longer NEW left NEW once, some minutes to two days after it was created.
-- Idempotent: leads that already have such an entry are skipped.
\set ON_ERROR_STOP on
insert into activities (occurred_at, actor_id, subject_type, subject_id, lead_id, action, summary, changes)
select l.created_at + ((5 + (l.id * 37) % 2875) || ' minutes')::interval, l.assigned_agent_id, 'LEAD', l.id, l.id,
       'STATUS_CHANGED', 'Status NEW → CONTACTED',
       '{"status": {"from": "NEW", "to": "CONTACTED"}}'::jsonb
from leads l
where l.email like 'bench.lead.%' and l.status <> 'NEW' and l.deleted_at is null
  and not exists (select 1 from activities a where a.lead_id = l.id and a.action = 'STATUS_CHANGED');
vacuum analyze activities;
