-- Every node has its own persistent timers (two Payara domains share no timer service), so each timer fires on every
-- node. A run first claims its period here (platform.timer.TimerSlots): the primary key lets one node per timer and
-- period win; the others skip that period. Periods are counted from the epoch on the database's clock.
create table timer_runs (
    timer       varchar(100)  not null,
    slot        timestamptz   not null,
    node        varchar(100)  not null,
    claimed_at  timestamptz   not null default now(),
    primary key (timer, slot)
);
