-- A feed's protocol settings beyond what every feed has (FeedOptions): for RETS the class searched and the MLS's own
-- names of the fields replication needs (field.ListPrice = LIST_22 …), for the RESO Web API the entity set, $expand
-- of Media, a fixed filter. Name → value rows, so a new option needs no migration.
create table mls_feed_options (
    feed_id     bigint        not null references mls_feeds (id) on delete cascade,
    name        varchar(100)  not null,
    value       varchar(1000) not null,
    primary key (feed_id, name)
);

