-- Performance (#19): offers (call_id, step) is the leading part of the unique (call_id, step, user_id), which serves
-- the same lookups (SchemaIndexesTest keeps the schema free of such pairs): one index fewer to write for every offer.
drop index offers_call;
