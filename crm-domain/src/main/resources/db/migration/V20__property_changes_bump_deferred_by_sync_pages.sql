-- The listing search's change counter (V13, V18) is bumped by the first change of a transaction, which then holds
-- one of the eight slots until it commits. An MLS sync writes two pages at once, and the later page waits, in the
-- application, for the earlier one to commit. Holding a slot while it waits, it could keep the earlier page from the
-- slot it needs (all eight held, so the earlier one waits for the first), a wait PostgreSQL cannot see as a
-- deadlock. So a sync page defers its bump: it marks the bump as done when it starts (the triggers then leave the
-- counter alone), and bumps with property_changes_bump_now() once the page before it has committed.
create function property_changes_bump_now() returns void language plpgsql as $$
begin
    perform set_config('crm.property_changes_bumped', 'yes', true);
    update property_changes set version = version + 1
     where id = (select id from property_changes order by id limit 1 for update skip locked);
    if not found then
        -- more writers than slots: wait for the first one rather than lose the change
        update property_changes set version = version + 1 where id = 1;
    end if;
end $$;

create or replace function property_changes_bump() returns trigger language plpgsql as $$
begin
    -- a transaction-local setting (undone with the transaction or savepoint that set it) marks the bump as done
    if current_setting('crm.property_changes_bumped', true) is distinct from 'yes' then
        perform property_changes_bump_now();
    end if;
    return null;
end $$;
