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

drop trigger calls_board on calls;
create trigger calls_board_inserted after insert on calls referencing new table as came
    for each statement execute function board_rows_changed('calls');
create trigger calls_board_updated after update on calls referencing new table as came
    for each statement execute function board_rows_changed('calls');

drop trigger offers_board_calls on offers;
drop trigger offers_board_people on offers;
create trigger offers_board_inserted after insert on offers referencing new table as came
    for each statement execute function board_rows_changed('calls', 'people');
create trigger offers_board_updated after update on offers referencing new table as came
    for each statement execute function board_rows_changed('calls', 'people');

drop trigger users_board on users;
create trigger users_board_inserted after insert on users referencing new table as came
    for each statement execute function board_rows_changed('people');
create trigger users_board_updated after update on users referencing new table as came
    for each statement execute function board_rows_changed('people');
create trigger users_board_deleted after delete on users referencing old table as gone
    for each statement execute function board_rows_changed('people');

drop trigger apps_board on apps;
create trigger apps_board_inserted after insert on apps referencing new table as came
    for each statement execute function board_rows_changed('people');
create trigger apps_board_updated after update on apps referencing new table as came
    for each statement execute function board_rows_changed('people');
create trigger apps_board_deleted after delete on apps referencing old table as gone
    for each statement execute function board_rows_changed('people');

drop trigger tier_members_board on tier_members;
create trigger tier_members_board_inserted after insert on tier_members referencing new table as came
    for each statement execute function board_rows_changed('people');
create trigger tier_members_board_deleted after delete on tier_members referencing old table as gone
    for each statement execute function board_rows_changed('people');

drop trigger queue_entries_board on queue_entries;
create trigger queue_entries_board_inserted after insert on queue_entries referencing new table as came
    for each statement execute function board_rows_changed('queue');
create trigger queue_entries_board_updated after update on queue_entries referencing new table as came
    for each statement execute function board_rows_changed('queue');
create trigger queue_entries_board_deleted after delete on queue_entries referencing old table as gone
    for each statement execute function board_rows_changed('queue');

drop trigger lines_board_queue on lines;
create trigger lines_board_queue_inserted after insert on lines referencing new table as came
    for each statement execute function board_rows_changed('queue');
create trigger lines_board_queue_updated after update on lines referencing new table as came
    for each statement execute function board_rows_changed('queue');
create trigger lines_board_queue_deleted after delete on lines referencing old table as gone
    for each statement execute function board_rows_changed('queue');

drop function board_changed();
