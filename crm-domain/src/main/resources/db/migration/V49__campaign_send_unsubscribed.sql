-- When a campaign email's own unsubscribe link was used: the report counts the opt-out for the step whose email it
-- was, also when the lead had finished the campaign before clicking.
alter table campaign_sends add column unsubscribed_at timestamptz;
