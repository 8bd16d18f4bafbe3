-- A SIP URI belongs to at most one live app or line. The claim table makes the database enforce it
-- across both tables (its primary key), under concurrency; deleting an app or line releases its URI.
create table sip_uri_claims (
    sip_uri text primary key,
    app_id  bigint unique references apps (id),
    line_id bigint unique references lines (id),
    check ((app_id is null) <> (line_id is null))
);

insert into sip_uri_claims (sip_uri, app_id) select sip_uri, id from apps where deleted_at is null;
insert into sip_uri_claims (sip_uri, line_id) select sip_uri, id from lines where deleted_at is null;

create function apps_claim_sip_uri() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from sip_uri_claims where app_id = old.id;
    end if;
    if new.deleted_at is null then
        insert into sip_uri_claims (sip_uri, app_id) values (new.sip_uri, new.id);
    end if;
    return new;
end $$;

create function lines_claim_sip_uri() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from sip_uri_claims where line_id = old.id;
    end if;
    if new.deleted_at is null then
        insert into sip_uri_claims (sip_uri, line_id) values (new.sip_uri, new.id);
    end if;
    return new;
end $$;

create trigger apps_claim_sip_uri after insert or update of sip_uri, deleted_at on apps
    for each row execute function apps_claim_sip_uri();
create trigger lines_claim_sip_uri after insert or update of sip_uri, deleted_at on lines
    for each row execute function lines_claim_sip_uri();

alter table users add column status_updated_at timestamptz not null default now();

-- API keys: only a SHA-256 of the key is kept (keys are 256 random bits, so no slow hash is needed).
create table api_keys (
    id         bigserial primary key,
    name       text not null check (btrim(name) <> ''),
    role       text not null check (role in ('admin', 'user')),
    user_id    bigint references users (id),
    key_hash   text not null unique,
    created_at timestamptz not null default now(),
    revoked_at timestamptz,
    check ((role = 'user') = (user_id is not null))
);
create unique index api_keys_name_live on api_keys (name) where revoked_at is null;

-- Call history filters.
create index calls_answered_user on calls (answered_user_id, id desc) where answered_user_id is not null;
create index calls_from on calls (from_uri, id desc);
create index calls_started on calls (started_at);
