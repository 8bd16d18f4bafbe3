-- The signature nonce of each recent signed webhook, with a hash of the exact request it came with. Plivo's V3
-- signature concatenates key+value pairs without separators, so text can be moved between adjacent parameters
-- under the same signature and nonce: a nonce seen again with another request is such a re-shaped copy.
create table webhook_nonces (
    nonce        text primary key,
    request_hash bytea not null,
    seen_at      timestamptz not null default now()
);
create index webhook_nonces_seen_at on webhook_nonces (seen_at);
