-- The caller queue: when everyone is busy, callers wait (hold music, position, expected wait) instead of going
-- to voicemail. Settings per line (off by default), one row per waiting caller, two new call statuses.

alter table lines
    add column queue_enabled boolean not null default false,
    add column queue_max_wait_seconds int not null default 300 check (queue_max_wait_seconds between 30 and 7200),
    add column queue_max_callers int not null default 10 check (queue_max_callers between 1 and 500),
    add column queue_announce_every_seconds int not null default 30 check (queue_announce_every_seconds between 15 and 300),
    add column queue_hold_music_url text, -- null: the sound Switchboard makes itself (media.Tones)
    add column queue_voicemail_key text default '1' check (queue_voicemail_key ~ '^[0-9*#]$'), -- null: no such option
    add column queue_callback_key text default '2' check (queue_callback_key ~ '^[0-9*#]$'),
    add column queue_retry_seconds int not null default 60 check (queue_retry_seconds between 0 and 3600),
    add constraint lines_queue_keys_differ check (queue_voicemail_key is distinct from queue_callback_key
        or queue_voicemail_key is null),
    -- Plivo refuses a call's 71st transfer (a Redirect may count): at most 60 announcements per wait.
    add constraint lines_queue_announcements check (queue_max_wait_seconds <= queue_announce_every_seconds * 60);

-- A waiting caller. Order: priority (higher first; contacts may raise it for VIPs), then joined_at, then id.
-- joined_at is taken after the line's members are locked, so it follows the order joins commit in.
-- step is the call's latest queue step; offer_step the Dial step offering the caller now (null: waiting);
-- next_step_at when the next webhook for this caller is due (an entry long past it is treated as gone).
create table queue_entries (
    id           bigserial primary key,
    call_id      bigint not null unique references calls (id), -- a call waits in a queue at most once
    line_id      bigint not null references lines (id),
    priority     int not null default 0,
    joined_at    timestamptz not null default clock_timestamp(),
    step         int not null,
    offer_step   int,
    next_step_at timestamptz not null,
    left_at      timestamptz,
    outcome      text check (outcome in ('answered', 'timeout', 'voicemail-key', 'callback-key', 'abandoned')),
    check ((left_at is null) = (outcome is null))
);
create index queue_entries_waiting on queue_entries (line_id, priority desc, joined_at, id) where left_at is null;
create index queue_entries_answered on queue_entries (line_id, left_at desc) where outcome = 'answered';
-- The callers waiting now: an entry two minutes past its due webhook has lost its caller (a lost hangup; the
-- reconciliation closes it later), so it holds no place, counts toward no limit and claims no user.
create view waiting_callers as
    select * from queue_entries where left_at is null and next_step_at > now() - interval '2 minutes';

-- The facts the new statuses derive from: waiting (joined, not left, not ended), abandoned (hung up while waiting).
-- status is dropped and added again rather than changed with SET EXPRESSION, which PostgreSQL 16 lacks.
alter table calls add column queue_joined_at timestamptz, add column queue_left_at timestamptz;
alter table calls drop column status;
alter table calls add column status text generated always as (
    case
        when line_id is null then 'rejected'
        when answered_at is not null and ended_at is null then 'in-progress'
        when answered_at is not null then 'answered'
        when voicemail_url is not null then 'voicemail'
        when ended_at is not null and queue_joined_at is not null and queue_left_at is null then 'abandoned'
        when ended_at is not null then 'missed'
        when voicemail_offered_at is not null then 'in-voicemail'
        when queue_joined_at is not null and queue_left_at is null then 'waiting'
        else 'ringing'
    end) stored;
create index calls_status on calls (status, id desc);

alter table call_steps drop constraint call_steps_kind_check;
alter table call_steps add constraint call_steps_kind_check
    check (kind in ('dial', 'voicemail', 'hangup', 'queue-wait', 'queue-offer'));

-- Where a callback came from: a missed call or voicemail, the queue's callback key (listed first), or by hand.
alter table callbacks add column source text not null default 'call' check (source in ('call', 'queue', 'manual'));
update callbacks c set source = 'manual' where not exists (select 1 from callback_calls cc where cc.callback_id = c.id);
create index callbacks_queue_first on callbacks ((source <> 'queue'), id);
