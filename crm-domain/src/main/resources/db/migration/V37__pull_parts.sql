-- A list's parse step is partitioned (issue 11, "partitioned for million-row lists"): the file is cut into parts
-- stored side by side, as an import's file is (V8, lead_import_parts). Each part records where its next record not
-- yet stored starts, in the transaction of the chunk that stored the records before it; a restart after a crash
-- resumes every part there.
create table pipeline_pull_parts (
    pull_id     bigint not null references pipeline_pulls (id) on delete cascade,
    part        int    not null check (part >= 0),
    to_offset   bigint not null,  -- where the next part starts (byte offset); the largest bigint for the last part
    next_offset bigint not null,  -- where its first record not yet stored starts (planned: where the part starts)
    next_line   bigint not null,
    primary key (pull_id, part)
);

-- A list stopped in its parse step before this version resumes as one part from where it stopped.
insert into pipeline_pull_parts (pull_id, part, to_offset, next_offset, next_line)
select id, 0, 9223372036854775807, next_offset, next_line
  from pipeline_pulls
 where next_offset > 0 and run_step = 'PARSING';

-- the position moved to the parts
alter table pipeline_pulls drop column next_offset;
alter table pipeline_pulls drop column next_line;
