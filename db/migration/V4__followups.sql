-- Follow-ups: every missed call and voicemail becomes a callback someone owns.
create table callbacks (
    id            bigserial primary key,
    line_id       bigint not null references lines (id),
    caller        text not null,
    voicemail_url text,
    transcription text,
    status        text not null default 'open' check (status in ('open', 'in-progress', 'done', 'no-reply')),
    assignee_id   bigint references users (id),
    version       int not null default 1,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
-- One open callback per caller and line: a second call while it is open attaches to it.
-- A call with no caller id joins nobody else's.
create unique index callbacks_open_per_caller on callbacks (line_id, caller)
    where status in ('open', 'in-progress') and caller <> '';
create index callbacks_status on callbacks (status, id);
create index callbacks_assignee on callbacks (assignee_id, id);

-- The calls behind a callback, the opening one first. A call belongs to at most one callback, so
-- however often its webhooks repeat (or a late recording turns it from missed into voicemail) it
-- opens or joins exactly one.
create table callback_calls (
    call_id     bigint primary key references calls (id),
    callback_id bigint not null references callbacks (id),
    attached_at timestamptz not null default now()
);
create index callback_calls_callback on callback_calls (callback_id, call_id);

-- Notes: an append-only thread. author_name is kept as written, whoever the key belongs to later.
create table callback_notes (
    id             bigserial primary key,
    callback_id    bigint not null references callbacks (id),
    author_user_id bigint references users (id),
    author_name    text not null,
    text           text not null check (btrim(text) <> ''),
    created_at     timestamptz not null default now()
);
create index callback_notes_callback on callback_notes (callback_id, id);

create function callback_notes_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'callback notes are append-only';
end $$;
create trigger callback_notes_append_only before update or delete on callback_notes
    for each row execute function callback_notes_append_only();

-- The outbox: webhook events and mails, written in the same transaction as the change they report,
-- delivered by a worker with retries. One row per receiver or recipient; (kind, event_id, target)
-- is unique, so an event can never be queued twice for the same place.
create table outbox (
    id              bigserial primary key,
    kind            text not null check (kind in ('webhook', 'mail')),
    event_id        text not null,
    target          text not null,
    payload         text not null,
    attempts        int not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    delivered_at    timestamptz,
    abandoned_at    timestamptz,
    unique (kind, event_id, target)
);
create index outbox_due on outbox (next_attempt_at, id) where delivered_at is null and abandoned_at is null;
