-- When a lead first left NEW: the dashboard's "speed to first contact" is first_contacted_at - created_at.
-- Reading it from the timeline (the first STATUS_CHANGED activity from NEW, per lead) took seconds at 100,000
-- leads; kept on the lead, the figure is one range scan of the created index. The entity sets it in the same
-- transaction as the status change and its activity; existing leads get it from their timelines here.
alter table leads add column first_contacted_at timestamptz;

update leads l
set first_contacted_at = first.occurred_at
from (select a.lead_id, min(a.occurred_at) as occurred_at
      from activities a
      where a.action = 'STATUS_CHANGED' and a.lead_id is not null and a.changes -> 'status' ->> 'from' = 'NEW'
      group by a.lead_id) first
where first.lead_id = l.id;
