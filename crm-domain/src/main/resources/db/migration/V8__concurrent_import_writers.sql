-- Imports store two chunks at once (crm.import.writers), each in its own transaction. Two rows made them queue:

-- 1. The leads change counter (V2) was one row, bumped by every statement that changes leads and locked until that
--    transaction ends: a second chunk, or any API request changing a lead, waited at its first change for the first
--    chunk's commit. It becomes eight slots; a statement bumps the first slot no other transaction holds (skip
--    locked) and readers add the slots up. The sum still moves exactly when a change commits, and never goes back.
alter table lead_changes drop constraint lead_changes_id_check;
alter table lead_changes add constraint lead_changes_slot check (id between 1 and 8);
insert into lead_changes (id, version) select slot, 0 from generate_series(2, 8) as slot;

create or replace function lead_changes_bump() returns trigger language plpgsql as $$
begin
    update lead_changes set version = version + 1
     where id = (select id from lead_changes order by id limit 1 for update skip locked);
    if not found then
        -- more writers than slots: wait for the first one rather than lose the change
        update lead_changes set version = version + 1 where id = 1;
    end if;
    return null;
end $$;

-- 2. Progress was measured in bytes up to the furthest committed row (V6), which means nothing once parts of the
--    file are stored side by side. The job now counts the file's rows before it starts (it has to find where each
--    part begins anyway), and progress is rows read of rows in the file.
alter table lead_imports drop column bytes_read;
alter table lead_imports add column total_rows bigint check (total_rows >= 0);
comment on column lead_imports.total_rows is 'rows in the file below the header, once the job has counted them';

-- 3. The parts of each import's file, planned when its job first runs, and how far each has been stored. The
--    chunk writer moves next_offset/next_line in the chunk's transaction, so after a crash every part resumes at
--    its first row not yet committed (the batch runtime cannot restart partitions killed mid-way itself).
create table lead_import_parts (
    import_id   bigint not null references lead_imports (id) on delete cascade,
    part        int    not null check (part >= 0),
    to_offset   bigint not null,  -- where the next part starts (byte offset after any BOM); the largest bigint last
    next_offset bigint not null,  -- where its first record not yet stored starts (planned: where the part starts)
    next_line   bigint not null,
    primary key (import_id, part)
);
