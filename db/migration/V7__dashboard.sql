-- The dashboard (#18): people sign in with email and password; sessions, sign-in links and sign-in attempts live in
-- the database (several instances share them); the board hears of changes through LISTEN/NOTIFY.

-- A user's role on the dashboard (as an API key's: admin does everything) and their Argon2id password hash
-- (null until they set one through a sign-in link).
alter table users
    add column role          text not null default 'user' check (role in ('admin', 'user')),
    add column password_hash text;

-- A signed-in browser. Only the SHA-256 of the cookie's token is kept; idle sessions expire (see accounts.Sessions).
create table sessions (
    id           bigserial primary key,
    token_hash   text not null unique,
    user_id      bigint not null references users (id),
    created_at   timestamptz not null default now(),
    last_seen_at timestamptz not null default now()
);
create index sessions_user on sessions (user_id);
create index sessions_last_seen on sessions (last_seen_at);

-- A one-time link where a user sets their first password (invite) or a new one (reset). Token hash only.
create table sign_in_links (
    id         bigserial primary key,
    user_id    bigint not null references users (id),
    token_hash text not null unique,
    purpose    text not null check (purpose in ('invite', 'reset')),
    created_by text not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index sign_in_links_user on sign_in_links (user_id) where used_at is null;

-- Failed sign-ins, for the limits per account (the email as typed, lower-cased, known or not) and per address.
create table sign_in_failures (
    id      bigserial primary key,
    account text not null,
    address text not null,
    at      timestamptz not null default now()
);
create index sign_in_failures_account on sign_in_failures (account, at);
create index sign_in_failures_address on sign_in_failures (address, at);

-- The board: every change to what it shows notifies channel switchboard_board inside the changing transaction, with
-- the part that changed as payload. PostgreSQL delivers identical payloads of one transaction once, so a webhook
-- that touches a call, its offers and its users makes one notification per part, on commit (none on rollback).
create function board_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('switchboard_board', tg_argv[0]);
    return null;
end $$;

create trigger calls_board after insert or update on calls
    for each row execute function board_changed('calls');
create trigger offers_board_calls after insert or update on offers
    for each row execute function board_changed('calls');
create trigger offers_board_people after insert or update on offers
    for each row execute function board_changed('people');
create trigger users_board after insert or update or delete on users
    for each row execute function board_changed('people');
create trigger apps_board after insert or update or delete on apps
    for each row execute function board_changed('people');
create trigger tier_members_board after insert or delete on tier_members
    for each row execute function board_changed('people');

-- A session ended (signed out, or its user deleted): every instance closes the board streams it feeds.
create function session_ended() returns trigger language plpgsql as $$
begin
    perform pg_notify('switchboard_board', 'session-ended:' || old.id);
    return null;
end $$;
create trigger sessions_ended after delete on sessions for each row execute function session_ended();
