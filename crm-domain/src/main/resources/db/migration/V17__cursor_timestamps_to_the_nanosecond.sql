-- A feed's cursors keep the provider's ModificationTimestamp exactly. Some RESO servers send seven fraction digits
-- (100 ns); timestamptz keeps six. A cursor cut to the microsecond sits before the record it names, so the next
-- "ModificationTimestamp gt T" query returned that record, and those beside it, again: with a page's worth of
-- listings in one microsecond the sync asked for the same page for ever. The nanoseconds beyond the microsecond
-- (0-999) are kept beside each cursor's timestamp, which stays a timestamptz for people reading it.
alter table mls_feeds
    add column cursor_nanos_beyond_micros        smallint check (cursor_nanos_beyond_micros between 0 and 999),
    add column member_cursor_nanos_beyond_micros smallint check (member_cursor_nanos_beyond_micros between 0 and 999),
    add column office_cursor_nanos_beyond_micros smallint check (office_cursor_nanos_beyond_micros between 0 and 999);

update mls_feeds set cursor_nanos_beyond_micros = 0 where cursor_modification_ts is not null;
update mls_feeds set member_cursor_nanos_beyond_micros = 0 where member_cursor_modification_ts is not null;
update mls_feeds set office_cursor_nanos_beyond_micros = 0 where office_cursor_modification_ts is not null;

alter table mls_feeds
    add constraint mls_feeds_cursor_nanos_whole
        check ((cursor_nanos_beyond_micros is null) = (cursor_modification_ts is null)),
    add constraint mls_feeds_member_cursor_nanos_whole
        check ((member_cursor_nanos_beyond_micros is null) = (member_cursor_modification_ts is null)),
    add constraint mls_feeds_office_cursor_nanos_whole
        check ((office_cursor_nanos_beyond_micros is null) = (office_cursor_modification_ts is null));
