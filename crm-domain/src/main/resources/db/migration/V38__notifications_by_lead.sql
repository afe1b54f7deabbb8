-- notifications.lead_id references leads without an index, so every lead deleted (an import's half-stored lead
-- that lost a race for its phone, a benchmark's clean-up) had PostgreSQL scan all notifications for the foreign
-- key's check. Partial: most notifications (imports, system notices) name no lead.
create index notifications_lead_idx on notifications (lead_id) where lead_id is not null;
