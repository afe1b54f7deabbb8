-- When a user's password last changed: access tokens issued before that moment are refused, so changing a
-- password signs the account out everywhere.
alter table users add column credentials_changed_at timestamptz not null default now();
