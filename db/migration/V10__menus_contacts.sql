-- Menus ("press 1 for Sales") and contacts (callers known by name, owners rung first).

-- A line's menu: played before its tiers. A target is this line's tiers, its voicemail, or another line
-- ("as if that line had been dialled").
create table menus (
    line_id         bigint primary key references lines (id),
    prompt          text check (length(prompt) between 1 and 3000),
    prompt_url      text check (length(prompt_url) between 1 and 2048),
    timeout_seconds int not null check (timeout_seconds between 1 and 60),
    retries         int not null check (retries between 0 and 5),
    default_target  text not null check (default_target in ('tiers', 'voicemail', 'line')),
    default_line_id bigint references lines (id),
    updated_at      timestamptz not null default now(),
    check ((default_target = 'line') = (default_line_id is not null)),
    check ((prompt is null) <> (prompt_url is null))
);

create table menu_options (
    line_id        bigint not null references menus (line_id) on delete cascade,
    key            text not null check (key ~ '^[0-9]$'),
    position       int not null,
    target         text not null check (target in ('tiers', 'voicemail', 'line')),
    target_line_id bigint references lines (id),
    primary key (line_id, key),
    check ((target = 'line') = (target_line_id is not null))
);

-- The menu a menu step played, and where the caller stands in it: the loop guard counts visits, the retries
-- count failures (timeouts and invalid keys) within one visit; prompts counts every playing (`*` repeats too).
alter table call_steps drop constraint call_steps_kind_check,
    add constraint call_steps_kind_check check (kind in ('dial', 'voicemail', 'hangup', 'queue-wait', 'queue-offer', 'menu'));
create table call_menu_steps (
    call_id  bigint not null,
    step     int not null,
    line_id  bigint not null references lines (id),
    visit    int not null check (visit >= 1),
    failures int not null check (failures >= 0),
    prompts  int not null check (prompts >= 1),
    primary key (call_id, step),
    foreign key (call_id, step) references call_steps (call_id, step)
);

-- The line a menu routed the call into (null: the dialled line), and since when its tiers may ring.
alter table calls
    add column routed_line_id bigint references lines (id),
    add column routed_at timestamptz;

-- Contacts. Deleting is soft (past calls keep their contact), and frees the contact's numbers.
create table contacts (
    id            bigserial primary key,
    name          text not null check (length(name) between 1 and 200),
    company       text check (length(company) <= 200),
    email         text,
    notes         text,
    owner_user_id bigint references users (id),
    vip           boolean not null default false,
    tags          text[] not null default '{}',
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    deleted_at    timestamptz
);
create index contacts_owner on contacts (owner_user_id) where deleted_at is null;

-- A number (E.164, or a canonical SIP URI whose user part is not a number) belongs to at most one live contact:
-- the primary key says so, under concurrency too. Answering a call looks the caller up here, by that key.
create table contact_numbers (
    number     text primary key,
    contact_id bigint not null references contacts (id),
    position   int not null
);
create index contact_numbers_contact on contact_numbers (contact_id, position);

-- Who was calling, as known when the call was answered (a contact, or the external lookup), kept with the call.
alter table calls
    add column caller_number text, -- the caller as contacts match it: E.164 or a canonical SIP URI
    add column contact_id bigint references contacts (id),
    add column identity_name text,
    add column identity_company text,
    add column identity_url text,
    add column identity_source text check (identity_source in ('contacts', 'lookup'));
-- Sticky routing: who last answered this caller (by contact, or by number) on a line.
create index calls_sticky_contact on calls (contact_id, answered_at desc) where answered_user_id is not null;
create index calls_sticky_number on calls (caller_number, answered_at desc) where answered_user_id is not null;

-- Owner first and sticky routing, per line.
alter table lines
    add column owner_first boolean not null default false,
    add column owner_ring_seconds int not null default 15 check (owner_ring_seconds between 5 and 600),
    add column sticky_days int check (sticky_days between 1 and 365); -- null: off
