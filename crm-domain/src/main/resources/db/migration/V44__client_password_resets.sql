-- A client who forgot their password asks for a link (RESET, two hours, once) to choose a new one.
alter table client_links drop constraint client_links_purpose_check;
alter table client_links add constraint client_links_purpose_check
    check (purpose in ('VERIFY', 'INVITE', 'RESET'));
