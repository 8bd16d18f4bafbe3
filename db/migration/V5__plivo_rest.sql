-- Plivo's REST API: provisioning stores what it created, reconciliation and transcription fill in the log.

-- The SIP endpoint Plivo holds for each line and app (set by `plivo provision`, or adopted by it).
alter table lines add column plivo_endpoint_id text;
alter table apps add column plivo_endpoint_id text;

-- The Plivo Application whose answer, hangup and fallback URLs point at this deployment, per Plivo account.
create table plivo_applications (
    auth_id    text primary key,
    app_id     text not null,
    updated_at timestamptz not null default now()
);

-- Plivo's transcription of the voicemail, when VOICEMAIL_TRANSCRIPTION=auto.
alter table calls add column voicemail_transcription text;
