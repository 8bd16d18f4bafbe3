-- The weekly rota: who takes which turn of which line. Times are minutes of the day (0-1440, 1440 being 24:00)
-- in the line's time zone; days of the week are ISO numbers (1 = Monday).

-- A line's week cut into turns, the same every week, each needing some people.
create table line_turns (
    line_id      bigint not null references lines (id),
    day          smallint not null check (day between 1 and 7),
    start_minute int not null check (start_minute between 0 and 1439),
    end_minute   int not null check (end_minute between 1 and 1440),
    needed       int not null check (needed between 0 and 50),
    primary key (line_id, day, start_minute, end_minute),
    check (start_minute < end_minute)
);

-- When a user can take turns. Slots: [{"day": "MON", "start": "09:00", "end": "13:00"}]; absences:
-- [{"from": "2026-12-21", "to": "2026-12-25", "reason": "holiday"}]. Working hours stay routing's own.
create table availability (
    user_id               bigint primary key references users (id),
    slots                 jsonb not null default '[]',
    absences              jsonb not null default '[]',
    target_turns_per_week int not null check (target_turns_per_week between 0 and 100),
    max_turns_per_day     int not null check (max_turns_per_day between 0 and 24),
    updated_at            timestamptz not null default now()
);

-- One ISO week's rota. publication counts the publications that changed what routing follows.
create table rota_weeks (
    week         text primary key check (week ~ '^[0-9]{4}-W[0-9]{2}$'),
    generated_at timestamptz,
    cut_short    boolean not null default false,
    publication  int not null default 0,
    published_at timestamptz
);

-- The week's turns, twice: the draft (generated, then edited by hand) and the published copy routing follows.
create table rota_turns (
    id           bigserial primary key,
    week         text not null references rota_weeks (week),
    copy         text not null check (copy in ('draft', 'published')),
    line_id      bigint not null references lines (id),
    day          date not null,
    start_minute int not null check (start_minute between 0 and 1439),
    end_minute   int not null check (end_minute between 1 and 1440),
    needed       int not null check (needed >= 0),
    unique (week, copy, line_id, day, start_minute, end_minute),
    check (start_minute < end_minute)
);
-- Routing asks, at every step of every call: who is on this line's published turn now?
create index rota_turns_live on rota_turns (line_id, day) where copy = 'published';

create table rota_seats (
    turn_id bigint not null references rota_turns (id) on delete cascade,
    user_id bigint not null references users (id),
    primary key (turn_id, user_id)
);
create index rota_seats_user on rota_seats (user_id);

-- Every change to a week's rota, who made it and when: append-only.
create table rota_changes (
    id         bigserial primary key,
    week       text not null references rota_weeks (week),
    at         timestamptz not null default now(),
    by_name    text not null,
    by_user_id bigint references users (id),
    kind       text not null,
    detail     jsonb not null default '{}'
);
create index rota_changes_week on rota_changes (week, id);

create function rota_changes_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'rota changes are append-only';
end $$;
create trigger rota_changes_append_only before update or delete on rota_changes
    for each row execute function rota_changes_append_only();

-- A user offering one of their published turns to a colleague (optionally taking one of the colleague's in return).
create table rota_swaps (
    id                  bigserial primary key,
    week                text not null references rota_weeks (week),
    line_id             bigint not null references lines (id),
    day                 date not null,
    start_minute        int not null,
    end_minute          int not null,
    from_user_id        bigint not null references users (id),
    to_user_id          bigint not null references users (id),
    return_line_id      bigint references lines (id),
    return_day          date,
    return_start_minute int,
    return_end_minute   int,
    note                text,
    status              text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'cancelled')),
    created_at          timestamptz not null default now(),
    decided_at          timestamptz,
    decided_by          text,
    check (from_user_id <> to_user_id),
    check ((return_line_id is null) = (return_day is null) and (return_day is null) = (return_start_minute is null)
           and (return_start_minute is null) = (return_end_minute is null))
);
-- One open offer per turn and giver: asking twice is a 409, not two offers.
create unique index rota_swaps_pending on rota_swaps (week, line_id, day, start_minute, end_minute, from_user_id)
    where status = 'pending';

-- Each user's calendar feed: the public half of the feed's secret token (the other half is an HMAC of it under
-- CALENDAR_SECRET, never stored). A new value revokes the old URL.
alter table users add column calendar_feed uuid not null default gen_random_uuid();
create unique index users_calendar_feed on users (calendar_feed);
