-- How an imported lead was routed (by which rule, to whom or into which pond), in the words its timeline shows.
-- An import writes no entry per lead: the lead's creation entry is told from the import's own (ImportedLeadEntries),
-- and this is the part of it that differs from lead to lead. Null for leads not routed by an import.
alter table leads add column import_routing text;
