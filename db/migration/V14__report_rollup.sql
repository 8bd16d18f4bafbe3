-- Reports over a year in under a second (#16): each ended call's figures, kept by the database as the log changes,
-- and a roll-up of them per line and local day that the summary adds up instead of reading every call.

-- What the summary needs to know of one ended call, derived from the log (README "Reports" defines each outcome).
-- A call belongs to the line whose routing it followed (a menu's choice, else the dialled line) and to that line's
-- time zone; seconds are whole seconds, floored.
create view report_call_facts as
select c.id as call_id, l.id as line_id, c.started_at, c.started_at at time zone l.time_zone as local_start, c.simulated,
       case
           when c.answered_at is not null then 'answered'
           when c.voicemail_url is not null then 'voicemail'
           when (select s.kind from call_steps s where s.call_id = c.id order by s.step desc limit 1) = 'menu' then 'menu'
           when q.outcome = 'abandoned' and q.wait < 10 then 'shortAbandoned'
           when q.outcome = 'abandoned' then 'abandoned'
           when exists (select 1 from call_events e where e.call_id = c.id and e.dedupe_key = 'closed') then 'closed'
           when c.voicemail_offered_at is not null and exists (select 1 from offers o where o.call_id = c.id) then 'ringOut'
           when c.voicemail_offered_at is not null then 'nobodyAvailable'
           else 'missed' end as outcome,
       case when c.answered_at is not null
            then greatest(0, floor(extract(epoch from c.answered_at - coalesce(c.routed_at, c.started_at))))::int end as answer_seconds,
       q.wait as queue_seconds,
       case when c.answered_at is not null then greatest(0, floor(extract(epoch from c.ended_at - c.answered_at)))::int end as talk_seconds,
       c.answered_user_id,
       array(select o.user_id from offers o where o.call_id = c.id
             union select c.answered_user_id where c.answered_user_id is not null order by 1) as users, -- who it rang or who answered
       cb.status as callback_status, cb.seconds as callback_seconds
from calls c
join lines l on l.id = coalesce(c.routed_line_id, c.line_id)
left join lateral (
    select q.outcome, greatest(0, floor(extract(epoch from coalesce(q.left_at, c.ended_at) - q.joined_at)))::int as wait
    from queue_entries q where q.call_id = c.id
) q on true
left join lateral ( -- the callback this call opened (it is the first of the callback's calls)
    select b.status, case when b.status = 'done' then floor(extract(epoch from b.done_at - c.started_at))::int end as seconds
    from callback_calls cc join callbacks b on b.id = cc.callback_id
    where cc.call_id = c.id and cc.call_id = (select min(x.call_id) from callback_calls x where x.callback_id = cc.callback_id)
) cb on true
where c.line_id is not null and c.ended_at is not null;

-- The view's rows, stored: one per ended call, refreshed by the triggers below whenever the log beneath changes.
create table report_calls (
    call_id          bigint primary key references calls (id) on delete cascade,
    line_id          bigint not null,
    started_at       timestamptz not null,
    local_start      timestamp not null, -- in the line's time zone when the call was recorded
    simulated        boolean not null,
    outcome          text not null,
    answer_seconds   int,
    queue_seconds    int,
    talk_seconds     int,
    answered_user_id bigint,
    users            bigint[] not null,
    callback_status  text,
    callback_seconds int
);
create index report_calls_line_started on report_calls (line_id, started_at);
create index report_calls_callbacks_done on report_calls (line_id, started_at) include (local_start, callback_seconds, users, simulated)
    where callback_status = 'done';

-- Every change to report_calls as signed rows (+1 the new figures, -1 the old), appended, never updated: a hangup
-- never waits for another call's lock. The summary folds them into the roll-up (ReportsDao.fold) and reads the rest.
create table report_changes (
    id               bigserial primary key,
    line_id          bigint not null,
    day              date not null,
    simulated        boolean not null,
    weight           int not null check (weight in (-1, 1)),
    outcome          text not null,
    answer_seconds   int,
    queue_seconds    int,
    talk_seconds     int,
    by_user          boolean not null, -- answered by a user
    rung             int not null,     -- users it rang or who answered it
    callback_status  text,
    callback_seconds int
);
create index report_changes_line_day on report_changes (line_id, day);

-- The roll-up: per line, local day and simulated or not, the counts and sums, and two histograms (how many calls
-- were answered after so many seconds, how many gave up in the queue after so many), so that a service level follows
-- the line's threshold as it is now and the speed of answer's p90 stays exact. The callbacks' median is read from
-- report_calls (report_calls_callbacks_done): their times are too spread for a histogram to be any smaller.
create table report_days (
    line_id          bigint not null,
    day              date not null,
    simulated        boolean not null,
    offered          bigint not null,
    answered         bigint not null,
    voicemail        bigint not null,
    missed           bigint not null,
    abandoned        bigint not null,
    short_abandoned  bigint not null,
    closed           bigint not null,
    nobody_available bigint not null,
    ring_out         bigint not null,
    menu             bigint not null,
    queued           bigint not null,
    queue_seconds    bigint not null,
    queue_longest    int,
    offered_to_user  bigint not null,
    answered_by_user bigint not null,
    talk_seconds     bigint not null,
    callbacks_opened bigint not null,
    callbacks_done   bigint not null,
    primary key (line_id, day, simulated)
);
create table report_day_seconds (
    line_id   bigint not null,
    day       date not null,
    simulated boolean not null,
    kind      text not null check (kind in ('answer', 'abandoned')),
    seconds   int not null,
    calls     bigint not null,
    primary key (line_id, day, simulated, kind, seconds)
);

-- The call's row is locked first: two transactions changing one call's log at once (a callback done, a late
-- recording) refresh it one after the other, the second reading the first's commit (each statement of a function
-- takes a fresh snapshot), so the last refresh always sees everything.
create function report_refresh(target bigint) returns void language plpgsql as $$
begin
    perform 1 from calls where id = target for no key update;
    insert into report_calls select * from report_call_facts where call_id = target
    on conflict (call_id) do update set (line_id, started_at, local_start, simulated, outcome, answer_seconds, queue_seconds,
        talk_seconds, answered_user_id, users, callback_status, callback_seconds)
        = (excluded.line_id, excluded.started_at, excluded.local_start, excluded.simulated, excluded.outcome,
           excluded.answer_seconds, excluded.queue_seconds, excluded.talk_seconds, excluded.answered_user_id, excluded.users,
           excluded.callback_status, excluded.callback_seconds)
        where report_calls is distinct from excluded; -- an unchanged call writes nothing, so it adds no change rows
end $$;

-- report_calls' changes, appended as signed rows (one statement each, whatever the number of calls).
create function report_calls_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into report_changes (line_id, day, simulated, weight, outcome, answer_seconds, queue_seconds, talk_seconds, by_user,
                                    rung, callback_status, callback_seconds)
        select line_id, local_start::date, simulated, -1, outcome, answer_seconds, queue_seconds, talk_seconds,
               answered_user_id is not null, cardinality(users), callback_status, callback_seconds from gone;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into report_changes (line_id, day, simulated, weight, outcome, answer_seconds, queue_seconds, talk_seconds, by_user,
                                    rung, callback_status, callback_seconds)
        select line_id, local_start::date, simulated, 1, outcome, answer_seconds, queue_seconds, talk_seconds,
               answered_user_id is not null, cardinality(users), callback_status, callback_seconds from came;
    end if;
    return null;
end $$;
create trigger report_calls_inserted after insert on report_calls referencing new table as came
    for each statement execute function report_calls_changed();
create trigger report_calls_updated after update on report_calls referencing old table as gone new table as came
    for each statement execute function report_calls_changed();
create trigger report_calls_deleted after delete on report_calls referencing old table as gone
    for each statement execute function report_calls_changed();

-- What report_call_facts reads, watched: a call's figures are refreshed when it ends and whenever its log changes
-- after that (a recording after the hangup, a callback done, a repair by the reconciliation).
create function report_call_changed() returns trigger language plpgsql as $$
begin
    perform report_refresh(new.id);
    return null;
end $$;
create trigger calls_report after insert or update of line_id, routed_line_id, routed_at, started_at, answered_at,
    answered_user_id, voicemail_offered_at, voicemail_url, ended_at, simulated on calls
    for each row when (new.ended_at is not null) execute function report_call_changed();

create function report_rows_changed() returns trigger language plpgsql as $$
begin
    perform report_refresh(x.call_id) from (select distinct call_id from came) x
        where exists (select 1 from calls c where c.id = x.call_id and c.ended_at is not null);
    return null;
end $$;
-- Rows added during a call change nothing until it ends (calls_report reads them then): one check per statement.
create trigger offers_report after insert on offers referencing new table as came
    for each statement execute function report_rows_changed();
create trigger call_steps_report after insert on call_steps referencing new table as came
    for each statement execute function report_rows_changed();
create trigger callback_calls_report after insert on callback_calls referencing new table as came
    for each statement execute function report_rows_changed();
create trigger queue_entries_report_inserted after insert on queue_entries referencing new table as came
    for each statement execute function report_rows_changed();
create trigger queue_entries_report_updated after update on queue_entries referencing new table as came
    for each statement execute function report_rows_changed();

-- Of the timeline, only a closed line's entry decides an outcome (nearly always written before the call ends).
create function report_closed_entry() returns trigger language plpgsql as $$
begin
    perform report_refresh(x.call_id) from (select distinct call_id from came where dedupe_key = 'closed') x
        where exists (select 1 from calls c where c.id = x.call_id and c.ended_at is not null);
    return null;
end $$;
create trigger call_events_report after insert on call_events referencing new table as came
    for each statement execute function report_closed_entry();

create function report_callback_changed() returns trigger language plpgsql as $$
begin
    perform report_refresh((select min(call_id) from callback_calls where callback_id = new.id));
    return null;
end $$;
create trigger callbacks_report after update of status, done_at on callbacks
    for each row when ((old.status, old.done_at) is distinct from (new.status, new.done_at))
    execute function report_callback_changed();

-- The calls that ended before this migration.
insert into report_calls select * from report_call_facts;
