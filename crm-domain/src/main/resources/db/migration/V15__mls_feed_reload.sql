-- An administrator can have a feed read again from its start ("reload"): after the MLS corrected listings without
-- moving their ModificationTimestamp, after the feed's $select, filter or field mapping changed, or after it moved to
-- another address. The request is a flag the next sync takes under the feed's lease, so that a sync running at the
-- time cannot write its cursor over the reset.
alter table mls_feeds add column reload_requested boolean not null default false;
