-- The board's notifying triggers (V7, V12) fire once per statement instead of once per row: a webhook's statements
-- change a row or a few each, and a trigger call per row (two on offers) cost more than the NOTIFY it sends.
-- A statement that changed no row (an update whose where matched nothing) notifies nobody; payloads as before.
create function board_rows_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if not exists (select 1 from gone) then return null; end if;
    elsif not exists (select 1 from came) then
        return null;
    end if;
    for i in 0 .. tg_nargs - 1 loop
        perform pg_notify('switchboard_board', tg_argv[i]);
    end loop;
    return null;
end $$;

-- The triggers of one table: per event, after each statement, with its rows as a transition table.
create function board_watch(tab text, events text[], payloads text[]) returns void language plpgsql as $$
declare
    e text;
begin
    foreach e in array events loop
        execute format('create trigger %I after %s on %I referencing %s table as %s for each statement '
                       'execute function board_rows_changed(%s)', tab || '_board_' || e, e, tab,
                       case e when 'delete' then 'old' else 'new' end, case e when 'delete' then 'gone' else 'came' end,
                       (select string_agg(quote_literal(p), ', ') from unnest(payloads) p));
    end loop;
end $$;

drop trigger calls_board on calls;
drop trigger offers_board_calls on offers;
drop trigger offers_board_people on offers;
drop trigger users_board on users;
drop trigger apps_board on apps;
drop trigger tier_members_board on tier_members;
drop trigger queue_entries_board on queue_entries;
drop trigger lines_board_queue on lines;
drop function board_changed();

select board_watch('calls', array['insert', 'update'], array['calls']);
select board_watch('offers', array['insert', 'update'], array['calls', 'people']);
select board_watch('users', array['insert', 'update', 'delete'], array['people']);
select board_watch('apps', array['insert', 'update', 'delete'], array['people']);
select board_watch('tier_members', array['insert', 'delete'], array['people']);
select board_watch('queue_entries', array['insert', 'update', 'delete'], array['queue']);
select board_watch('lines', array['insert', 'update', 'delete'], array['queue']);
drop function board_watch(text, text[], text[]);
