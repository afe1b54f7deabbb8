-- A sign-in to the screens, remembered in the database as well as in the node's HTTP session
-- (identity.boundary.ScreenSignIns): when the node that holds the session goes down, the browser's sign-in cookie
-- lets the other node continue it without asking for the password again. Only the token's SHA-256 is stored. A
-- sign-in ends when the user signs out, after the idle time without a request, or when the account's password or
-- role changes or it is deactivated (credentials_stamp and role no longer match the user's).
create table screen_sign_ins (
    token_hash         bytea        primary key,
    user_id            bigint       not null references users (id) on delete cascade,
    credentials_stamp  bigint       not null,
    role               varchar(16)  not null,
    created_at         timestamptz  not null default now(),
    last_seen_at       timestamptz  not null default now(),
    ended_at           timestamptz
);
create index screen_sign_ins_user on screen_sign_ins (user_id);
create index screen_sign_ins_last_seen on screen_sign_ins (last_seen_at);
