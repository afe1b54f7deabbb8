-- Indexes for every sort order of the leads list, so that a page is read in order from an index instead of
-- sorting every matching lead (measured: sorting 100,000 leads by next follow-up took ~50 ms a request).
-- Each ends with id, the list's tie-breaker, so that paging stays stable and no extra sort step is needed.
-- Agents' lists use the same indexes and skip other agents' rows, which costs little at any realistic share.

drop index leads_created_idx;
create index leads_created_idx on leads (created_at desc, id desc) where deleted_at is null;
create index leads_updated_idx on leads (updated_at desc, id desc) where deleted_at is null;
create index leads_last_name_idx on leads (last_name, id) where deleted_at is null;
create index leads_first_name_idx on leads (first_name, id) where deleted_at is null;

-- the follow-up index must hold leads without a follow-up too, for "sort=nextFollowUpAt" (nulls last)
drop index leads_follow_up_idx;
create index leads_follow_up_idx on leads (next_follow_up_at, id) where deleted_at is null;

-- an agent's own list, newest first, is the most common screen of all
drop index leads_agent_created_idx;
create index leads_agent_created_idx on leads (assigned_agent_id, created_at desc, id desc) where deleted_at is null;

-- sources are matched case-insensitively
drop index leads_source_idx;
create index leads_source_idx on leads (lower(source), created_at desc, id desc) where deleted_at is null;

-- A change counter for leads. The list caches its totals per filter and trusts a cached total only while this
-- number is unchanged, so counting 100,000 leads is not repeated on every page turn, yet a total is never stale:
-- every statement that changes leads, on any server, moves the counter in the same transaction.
create table lead_changes (
    id      smallint primary key check (id = 1),
    version bigint   not null
);
insert into lead_changes (id, version) values (1, 0);

create function lead_changes_bump() returns trigger language plpgsql as $$
begin
    update lead_changes set version = version + 1 where id = 1;
    return null;
end $$;

create trigger leads_changed
    after insert or update or delete or truncate on leads
    for each statement execute function lead_changes_bump();
