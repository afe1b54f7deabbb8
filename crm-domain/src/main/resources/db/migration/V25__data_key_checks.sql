-- What proves that a server's data key file is the one this database was sealed with (platform.migration.KeyCheck):
-- the blind index of a fixed text under the index key, and a fixed text sealed with each data key version. A server
-- with another file refuses to start instead of writing indexes that match nothing or failing on every value.
create table data_key_checks (
    name        varchar(16)  primary key,
    value       text         not null,
    created_at  timestamptz  not null default now()
);

-- Reasons of rejected import lines kept phone numbers in the clear ("same phone +1…", "is not a valid phone
-- number: …"); the line itself is sealed, so the reason needs no number.
update lead_import_rejects set reason = regexp_replace(reason, ' \(same phone [^)]*\)', ' (same phone)')
 where reason like '%(same phone %';
update lead_import_rejects set reason = regexp_replace(reason, '(is not a (valid )?phone number): .*$', '\1')
 where reason ~ 'is not a (valid )?phone number: ';
