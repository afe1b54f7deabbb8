-- The step a list's run is in, or was in when it stopped: the status says FAILED (or RECEIVED, waiting to resume)
-- without saying where, and a run's view shows the steps before it done and the ones after it waiting.
alter table pipeline_pulls add column run_step varchar(12)
    check (run_step in ('PARSING', 'TRACING', 'SCRUBBING', 'IMPORTING', 'EXPORTING'));

-- runs before this column: a running or finished run says where it is; a stopped one, by its error's step name,
-- else (stopped by a crash or ended without a step's name) by the furthest step whose own record it has
update pipeline_pulls p set run_step = case
        when status in ('PARSING', 'TRACING', 'SCRUBBING', 'IMPORTING', 'EXPORTING') then status
        when status = 'DONE' then 'EXPORTING'
        when error like 'parse:%' then 'PARSING'
        when error like 'trace:%' then 'TRACING'
        when error like 'scrub:%' then 'SCRUBBING'
        when error like 'import:%' then 'IMPORTING'
        when error like 'export:%' then 'EXPORTING'
        when exists (select 1 from pipeline_exports e where e.pull_id = p.id) then 'EXPORTING'
        when scrub_id is not null or imported_up_to_line > 0 then 'IMPORTING'
        when owners_traced > 0 or exists (select 1 from skip_trace_batches b where b.pull_id = p.id) then 'TRACING'
        when next_line > 0 or rows_read > 0 then 'PARSING'
    end;
