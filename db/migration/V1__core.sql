-- The directory: users and their apps, lines and their ordered tiers.
-- SIP URIs are stored normalized (see SipUri.normalize) so lookups are exact and indexed.

create table users (
    id            bigserial primary key,
    name          text not null check (btrim(name) <> ''),
    title         text,
    email         text,
    status        text not null default 'available' check (status in ('available', 'away', 'offline')),
    status_reason text,
    created_at    timestamptz not null default now(),
    deleted_at    timestamptz
);
create unique index users_email_live on users (lower(email)) where deleted_at is null and email is not null;

create table apps (
    id         bigserial primary key,
    user_id    bigint not null references users (id),
    label      text not null check (btrim(label) <> ''),
    sip_uri    text not null,
    created_at timestamptz not null default now(),
    deleted_at timestamptz
);
create unique index apps_sip_uri_live on apps (sip_uri) where deleted_at is null;
create index apps_user on apps (user_id) where deleted_at is null;

create table lines (
    id                   bigserial primary key,
    name                 text not null check (btrim(name) <> ''),
    sip_uri              text not null,
    voicemail_prompt     text,
    ring_timeout_seconds int not null default 20 check (ring_timeout_seconds between 5 and 600),
    created_at           timestamptz not null default now(),
    deleted_at           timestamptz
);
create unique index lines_sip_uri_live on lines (sip_uri) where deleted_at is null;

create table tiers (
    id                   bigserial primary key,
    line_id              bigint not null references lines (id),
    position             int not null check (position > 0),
    ring_timeout_seconds int not null check (ring_timeout_seconds between 5 and 600),
    unique (line_id, position)
);

create table tier_members (
    tier_id  bigint not null references tiers (id) on delete cascade,
    user_id  bigint not null references users (id),
    position int not null,
    primary key (tier_id, user_id)
);
create index tier_members_user on tier_members (user_id);

-- The call log. status is derived from the facts, so the record converges to the same
-- final state whatever order Plivo's webhooks arrive in.
create table calls (
    id                         bigserial primary key,
    call_uuid                  text not null unique,
    line_id                    bigint references lines (id),
    from_uri                   text not null default '',
    to_uri                     text not null default '',
    caller_name                text,
    started_at                 timestamptz not null default now(),
    answered_at                timestamptz,
    answered_user_id           bigint references users (id),
    answered_app_id            bigint references apps (id),
    voicemail_offered_at       timestamptz,
    voicemail_url              text,
    voicemail_recording_id     text,
    voicemail_duration_seconds int,
    ended_at                   timestamptz,
    duration_seconds           int,
    hangup_cause               text,
    status                     text generated always as (
        case
            when line_id is null then 'rejected'
            when answered_at is not null and ended_at is null then 'in-progress'
            when answered_at is not null then 'answered'
            when voicemail_url is not null then 'voicemail'
            when ended_at is not null then 'missed'
            when voicemail_offered_at is not null then 'in-voicemail'
            else 'ringing'
        end) stored
);
create index calls_line on calls (line_id, id desc);
create index calls_status on calls (status, id desc);

-- Each XML document we handed Plivo for a call, in order: step 0 answers the call, step n+1
-- answers the Dial action of step n. A retried webhook gets the stored document back.
create table call_steps (
    call_id       bigint not null references calls (id),
    step          int not null check (step >= 0),
    kind          text not null check (kind in ('dial', 'voicemail', 'hangup')),
    tier_position int,
    xml           text not null,
    created_at    timestamptz not null default now(),
    primary key (call_id, step)
);

-- The timeline. dedupe_key makes a repeated webhook add nothing.
create table call_events (
    id         bigserial primary key,
    call_id    bigint not null references calls (id),
    at         timestamptz not null default now(),
    type       text not null,
    detail     jsonb not null default '{}',
    dedupe_key text not null,
    unique (call_id, dedupe_key)
);
