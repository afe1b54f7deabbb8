-- How far into its file an import has committed, in bytes: the progress bar's measure (rows alone cannot say how
-- many are left). Kept by the import writer in the same statement as the row counts.
alter table lead_imports add column bytes_read bigint not null default 0 check (bytes_read >= 0);
