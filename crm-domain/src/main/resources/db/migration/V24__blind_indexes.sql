-- Only live leads take part in duplicate detection (as before V22): now on the blind indexes V23 filled.
alter table lead_phones alter column number_index set not null;
create unique index leads_email_index_key on leads (email_index) where deleted_at is null and email_index is not null;
create unique index lead_phones_number_index_key on lead_phones (number_index) where not lead_deleted;
