-- Reports (#16): each line's service-level threshold, when a callback was done, and the indexes the summary reads by.

-- Answered within this many seconds counts toward the line's service level (Aircall's and Asterisk's default: 20).
alter table lines add column service_level_seconds int not null default 20 check (service_level_seconds between 1 and 3600);

-- When a callback was marked done (the last time, if it was reopened): the report's time from call to callback.
alter table callbacks add column done_at timestamptz;
update callbacks set done_at = updated_at where status = 'done';
create function callbacks_done_at() returns trigger language plpgsql as $$
begin
    if new.status = 'done' and (tg_op = 'INSERT' or old.status <> 'done') then
        new.done_at := now();
    elsif new.status <> 'done' then
        new.done_at := null;
    end if;
    return new;
end $$;
create trigger callbacks_done_at before insert or update of status on callbacks
    for each row execute function callbacks_done_at();

-- The summary reads a range of calls by start time (calls_started), or one line's (the line it was routed to).
create index calls_routing_line_started on calls ((coalesce(routed_line_id, line_id)), started_at) where line_id is not null;
