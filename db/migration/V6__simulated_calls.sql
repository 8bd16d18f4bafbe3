-- Calls the simulator made (`simulate`): their CallUUIDs start with "sim-", which Plivo never generates and only a
-- holder of the auth token can sign. Derived, so it cannot disagree with the call; the history filters on it and
-- reports leave such calls out by default.
alter table calls add column simulated boolean not null generated always as (call_uuid like 'sim-%') stored;
