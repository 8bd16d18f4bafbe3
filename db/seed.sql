-- Demo data: the exercise's story. Idempotent: every insert is keyed on a natural key
-- (email, SIP URI, line + tier position) and skips what exists, so a second run changes nothing.
-- Real Plivo endpoint usernames carry 12 extra digits: see README, "Use your real endpoints".

insert into users (name, title, email)
select v.name, v.title, v.email
from (values ('Jane', 'CEO', 'jane@example.com'),
             ('Peter', 'CTO', 'peter@example.com'),
             ('Luke', 'COO', 'luke@example.com')) as v(name, title, email)
where not exists (select 1 from users u where lower(u.email) = v.email and u.deleted_at is null);

insert into apps (user_id, label, sip_uri)
select u.id, v.label, v.sip_uri
from (values ('jane@example.com', 'mobile', 'sip:jane-mobile@phone.plivo.com'),
             ('jane@example.com', 'desktop', 'sip:jane-desktop@phone.plivo.com'),
             ('peter@example.com', 'mobile', 'sip:peter-mobile@phone.plivo.com'),
             ('peter@example.com', 'desktop', 'sip:peter-desktop@phone.plivo.com'),
             ('luke@example.com', 'mobile', 'sip:luke-mobile@phone.plivo.com')) as v(email, label, sip_uri)
join users u on lower(u.email) = v.email and u.deleted_at is null
where not exists (select 1 from apps a where a.sip_uri = v.sip_uri and a.deleted_at is null);

-- Support's callers wait in its queue when everyone is busy (see README, "Caller queue").
insert into lines (name, sip_uri, ring_timeout_seconds, queue_enabled)
select v.name, v.sip_uri, 20, v.queue
from (values ('Main Office', 'sip:main-office@phone.plivo.com', false),
             ('Sales', 'sip:sales@phone.plivo.com', false),
             ('Support', 'sip:support@phone.plivo.com', true)) as v(name, sip_uri, queue)
where not exists (select 1 from lines l where l.sip_uri = v.sip_uri and l.deleted_at is null);

-- Tiers: Main Office 1 Luke, 2 Peter, 3 Jane; Sales 1 Luke and Jane, 2 Peter;
-- Support 1 Peter, 2 Luke, 3 Jane. A line that already has tiers is left as it is.
with plan (line_uri, position, email, member_position) as (
    values ('sip:main-office@phone.plivo.com', 1, 'luke@example.com', 1),
           ('sip:main-office@phone.plivo.com', 2, 'peter@example.com', 1),
           ('sip:main-office@phone.plivo.com', 3, 'jane@example.com', 1),
           ('sip:sales@phone.plivo.com', 1, 'luke@example.com', 1),
           ('sip:sales@phone.plivo.com', 1, 'jane@example.com', 2),
           ('sip:sales@phone.plivo.com', 2, 'peter@example.com', 1),
           ('sip:support@phone.plivo.com', 1, 'peter@example.com', 1),
           ('sip:support@phone.plivo.com', 2, 'luke@example.com', 1),
           ('sip:support@phone.plivo.com', 3, 'jane@example.com', 1)),
untiered as (
    select l.id, l.sip_uri, l.ring_timeout_seconds from lines l
    where l.deleted_at is null and not exists (select 1 from tiers t where t.line_id = l.id)),
new_tiers as (
    insert into tiers (line_id, position, ring_timeout_seconds)
    select distinct u.id, p.position, u.ring_timeout_seconds
    from plan p join untiered u on u.sip_uri = p.line_uri
    returning id, line_id, position)
insert into tier_members (tier_id, user_id, position)
select nt.id, us.id, p.member_position
from new_tiers nt
join lines l on l.id = nt.line_id
join plan p on p.line_uri = l.sip_uri and p.position = nt.position
join users us on lower(us.email) = p.email and us.deleted_at is null;

-- The weekly rota: Support's turns (Monday to Friday, four two-hour turns, one person each) and when the demo users
-- can take them, so `POST /api/rota/{week}/generate` has a week to solve. A line that has turns, or a user who
-- declared an availability, is left as it is.
insert into line_turns (line_id, day, start_minute, end_minute, needed)
select l.id, d.day, t.start_minute, t.end_minute, 1
from lines l
cross join generate_series(1, 5) as d(day)
cross join (values (540, 660), (660, 780), (840, 960), (960, 1080)) as t(start_minute, end_minute)
where l.sip_uri = 'sip:support@phone.plivo.com' and l.deleted_at is null
  and not exists (select 1 from line_turns x where x.line_id = l.id);

insert into availability (user_id, slots, absences, target_turns_per_week, max_turns_per_day)
select u.id, cast(v.slots as jsonb), '[]', v.target, v.max_per_day
from (values ('peter@example.com', '09:00', '18:00', 'MON,TUE,WED,THU,FRI', 8, 3),
             ('luke@example.com', '09:00', '13:00', 'MON,TUE,WED,THU,FRI', 6, 2),
             ('jane@example.com', '14:00', '18:00', 'MON,WED,FRI', 6, 2)) as p(email, start_time, end_time, days, target, max_per_day)
cross join lateral (select (select json_agg(json_build_object('day', d, 'start', p.start_time, 'end', p.end_time))
                            from unnest(string_to_array(p.days, ',')) as d)::text as slots,
                           p.target, p.max_per_day) as v
join users u on lower(u.email) = p.email and u.deleted_at is null
where not exists (select 1 from availability a where a.user_id = u.id);
-- The dashboard's demo admin is Jane, unless the directory already has an admin. `serve` on a fresh embedded
-- database prints her generated password once (accounts.DemoAdmin); elsewhere `user invite --email jane@example.com`.
update users set role = 'admin'
where lower(email) = 'jane@example.com' and deleted_at is null
  and not exists (select 1 from users a where a.role = 'admin' and a.deleted_at is null);
