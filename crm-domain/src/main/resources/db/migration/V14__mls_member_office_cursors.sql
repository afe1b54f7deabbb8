-- A feed replicates the MLS's Member and Office records (mls_members, mls_offices, V9) as it replicates listings:
-- each by its own cursor, the (ModificationTimestamp, MemberKey or OfficeKey) of the last record committed, stored
-- with the page it covers. A run counts the members and offices it stored beside the listings.
alter table mls_feeds
    add column member_cursor_modification_ts  timestamptz,
    add column member_cursor_key              varchar(255),
    add column office_cursor_modification_ts  timestamptz,
    add column office_cursor_key              varchar(255),
    add constraint mls_feeds_member_cursor_whole
        check ((member_cursor_modification_ts is null) = (member_cursor_key is null)),
    add constraint mls_feeds_office_cursor_whole
        check ((office_cursor_modification_ts is null) = (office_cursor_key is null));

alter table mls_sync_runs
    add column members  integer not null default 0 check (members >= 0),
    add column offices  integer not null default 0 check (offices >= 0);
