-- A CSV import of leads is audited by its own two entries (started, finished) instead of one entry per lead: each
-- lead already links to its import and line (leads.import_id, import_line), and its timeline shows the import's
-- "started" entry as its creation. Leads of earlier imports keep the entries they have.
alter table activities drop constraint activities_subject_type_check;
alter table activities add constraint activities_subject_type_check
    check (subject_type in ('LEAD', 'USER', 'DNC_LOAD', 'DNC_ENTRY', 'DNC_SCRUB', 'LIST_SOURCE', 'LIST_PULL',
                            'LIST_MAPPING', 'LIST_CRITERIA', 'LIST_EXPORT', 'SCORECARD', 'LEAD_IMPORT'));
