-- A list's run ends by writing its files for the platforms its source names (the run's "export" step), so that one
-- run takes a list from its pickup to the mail house's and the dialer's files.

-- the platforms, by name, comma-separated: META, GOOGLE, MAILCHIMP, DIRECT_MAIL, DIALER; empty: none
alter table pipeline_sources add column export_to varchar(100) not null default '';

alter table pipeline_pulls drop constraint pipeline_pulls_status_check;
alter table pipeline_pulls add constraint pipeline_pulls_status_check
    check (status in ('RECEIVED', 'PARSING', 'TRACING', 'SCRUBBING', 'IMPORTING', 'EXPORTING', 'DONE', 'FAILED'));
drop index pipeline_pulls_unfinished_idx;
create index pipeline_pulls_unfinished_idx on pipeline_pulls (runner, id)
    where status in ('RECEIVED', 'PARSING', 'TRACING', 'SCRUBBING', 'IMPORTING', 'EXPORTING');
