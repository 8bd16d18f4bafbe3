-- Routing that knows who can take the call: capacity, hours, strategies, business hours.
-- Weekly hours are JSON arrays of slots: [{"day": "MON", "start": "09:00", "end": "17:30"}].

alter table users
    add column max_concurrent_calls int not null default 1 check (max_concurrent_calls between 1 and 50),
    add column time_zone text not null default 'UTC',
    add column working_hours jsonb, -- null: always
    add column consecutive_missed int not null default 0,
    add column last_call_ended_at timestamptz; -- wrap-up and longest-idle start here

alter table lines
    add column wrap_up_seconds int not null default 0 check (wrap_up_seconds between 0 and 3600),
    add column missed_calls_before_away int check (missed_calls_before_away between 1 and 100), -- null: off
    add column time_zone text not null default 'UTC',
    add column business_hours jsonb, -- null: always open
    add column closures jsonb not null default '[]', -- [{"date": "2026-12-25", "reason": "Christmas"}]
    add column closed_message text,
    add column max_ring_seconds int check (max_ring_seconds between 5 and 3600); -- null: no cap

alter table tiers
    add column strategy text not null default 'ring-all'
        check (strategy in ('ring-all', 'sequential', 'longest-idle', 'fewest-calls', 'round-robin', 'random')),
    add column rotation bigint not null default 0; -- round-robin: where the next call starts

-- An offer: a user rung by one Dial step of a call. While it rings the user is reserved; once they answer
-- they are busy until their leg ends. Both count against max_concurrent_calls. expires_at bounds a mark
-- whose ending webhook never came (lost webhook, crash), so nobody stays stuck busy.
create table offers (
    id          bigserial primary key,
    call_id     bigint not null references calls (id),
    step        int not null,
    user_id     bigint not null references users (id),
    offered_at  timestamptz not null default now(),
    answered_at timestamptz,
    ended_at    timestamptz,
    expires_at  timestamptz not null,
    unique (call_id, step, user_id)
);
create index offers_open on offers (user_id) where ended_at is null;
create index offers_user_answered on offers (user_id, answered_at) where answered_at is not null;
create index offers_call on offers (call_id, step);

-- A Dial step of a one-at-a-time strategy remembers the tier's order, so the next step rings the next user.
alter table call_steps
    add column user_order text, -- user ids, comma-separated
    add column order_index int;
