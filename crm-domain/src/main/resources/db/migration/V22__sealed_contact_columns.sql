-- Contact data is encrypted in the application (AES-256-GCM, "sealed"): leads' emails and notes, phone numbers,
-- the contact data in the audit trail and the rejected import lines. A sealed value is longer than the value and
-- says nothing about it, so the checks on the plain values go, and the exact lookups and unique indexes move to
-- blind indexes (an HMAC of the value). V23 seals the rows already stored; V24 indexes the blind indexes.
alter table leads drop constraint leads_email_lower;
alter table leads drop constraint leads_notes_length;
drop index leads_email_key;
alter table leads alter column email type text;
alter table leads add column email_index varchar(43);

drop index lead_phones_number_key;
alter table lead_phones drop constraint lead_phones_number_check;
alter table lead_phones alter column number type text;
alter table lead_phones add column number_index varchar(43);

-- the free-text search keeps names only: email and phone digits in the clear would undo the sealing
update leads set search_text = lower(first_name || coalesce(' ' || last_name, ''));

-- a note's first line was its activity's summary, which stays in the clear: the text is in the sealed changes
update activities set summary = 'Note added' where action = 'NOTE_ADDED';
