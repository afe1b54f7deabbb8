-- The lead pipeline's last steps: a pull's phones are scrubbed against the Do-Not-Call registry (its report is the
-- pull's), and its rows become leads (or merge into the leads they repeat), scored by the scorecard an admin edits.

-- What a row says about the owner's situation, kept for scoring: the criteria read these at parse and kept nothing.
-- A response (the owner answered a mailing, a call, a text) is recorded on the row it answers.
alter table pipeline_rows
    add column estimated_value  numeric(14, 2),
    add column equity_percent   numeric(7, 2),
    add column years_owned      integer,
    add column vacant           boolean,
    add column tax_delinquent   boolean,
    add column pre_foreclosure  boolean,
    add column absentee         boolean       not null default false,
    add column out_of_state     boolean       not null default false,
    add column responded_at     timestamptz,
    add column response_note    varchar(500),
    -- the lead the row became or merged into; null while it has not been imported (or had nobody to reach)
    add column lead_id          bigint        references leads (id),
    add column lead_outcome     varchar(12)   check (lead_outcome in ('CREATED', 'MERGED', 'NO_CONTACT')),
    add column score            integer;
create index pipeline_rows_lead_idx on pipeline_rows (lead_id) where lead_id is not null;

alter table pipeline_pulls drop constraint pipeline_pulls_status_check;
alter table pipeline_pulls add constraint pipeline_pulls_status_check
    check (status in ('RECEIVED', 'PARSING', 'TRACING', 'SCRUBBING', 'IMPORTING', 'DONE', 'FAILED'));
drop index pipeline_pulls_unfinished_idx;
create index pipeline_pulls_unfinished_idx on pipeline_pulls (runner, id)
    where status in ('RECEIVED', 'PARSING', 'TRACING', 'SCRUBBING', 'IMPORTING');

alter table pipeline_pulls
    -- the scrub of the list's traced phones, the report counsel reads
    add column scrub_id             bigint        references dnc_scrubs (id),
    -- the import step resumes after this line (committed with each chunk of leads)
    add column imported_up_to_line  bigint        not null default 0,
    add column leads_created        bigint        not null default 0,
    add column leads_merged         bigint        not null default 0,
    add column rows_without_contact bigint        not null default 0,
    add column responses            bigint        not null default 0;

-- Which rows of a source's lists become leads: all that have a phone or an email, or only those who responded.
alter table pipeline_sources
    add column lead_import varchar(12) not null default 'ALL' check (lead_import in ('ALL', 'RESPONDERS'));

-- A scrub the pipeline ran for a list nobody uploaded by hand (an SFTP pickup) has no requesting user.
alter table dnc_scrubs alter column requested_by drop not null;

-- The scorecard: signals and their points, and the scores from which a lead is hot or warm (below: cold). One row,
-- edited as a whole (the rules are read and changed together), versioned against lost updates.
create table lead_scorecard (
    id              smallint      primary key check (id = 1),
    -- [{"signal": "EQUITY_AT_LEAST", "threshold": 50, "points": 20}, ...]
    rules           jsonb         not null,
    hot_from        integer       not null,
    warm_from       integer       not null,
    updated_by_id   bigint        references users (id),
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         bigint        not null default 0,
    constraint lead_scorecard_bands check (hot_from > warm_from)
);
insert into lead_scorecard (id, rules, hot_from, warm_from) values (1, '[
    {"signal": "RESPONDED", "threshold": null, "points": 50},
    {"signal": "PRE_FORECLOSURE", "threshold": null, "points": 25},
    {"signal": "EQUITY_AT_LEAST", "threshold": 50, "points": 20},
    {"signal": "TAX_DELINQUENT", "threshold": null, "points": 15},
    {"signal": "VACANT", "threshold": null, "points": 15},
    {"signal": "ABSENTEE", "threshold": null, "points": 10},
    {"signal": "YEARS_OWNED_AT_LEAST", "threshold": 10, "points": 10},
    {"signal": "OUT_OF_STATE", "threshold": null, "points": 5}
]'::jsonb, 50, 25);

alter table activities drop constraint activities_subject_type_check;
alter table activities add constraint activities_subject_type_check
    check (subject_type in ('LEAD', 'USER', 'DNC_LOAD', 'DNC_ENTRY', 'DNC_SCRUB', 'LIST_SOURCE', 'LIST_PULL',
                            'LIST_MAPPING', 'LIST_CRITERIA', 'LIST_EXPORT', 'SCORECARD'));
