-- Notifications are delivered by a JMS consumer; a redelivered message must not notify twice, so each
-- notification records what it is about (e.g. the activity of one assignment) and that key is unique.
alter table notifications add column dedupe_key varchar(120);
update notifications set dedupe_key = 'legacy:' || id where dedupe_key is null;
alter table notifications alter column dedupe_key set not null;
create unique index notifications_dedupe_key on notifications (dedupe_key);
alter table notifications add constraint notifications_kind_check check (kind in ('LEAD_ASSIGNED', 'FOLLOW_UP_DUE'));
