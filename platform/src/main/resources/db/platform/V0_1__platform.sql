-- Platform tables, present in every service's database.

-- Who read or changed what. Append-only: the application can insert, never update or delete.
create table audit_event (
    id            uuid primary key,
    clinic_id     text        not null,
    occurred_at   timestamptz not null,
    subject       text,
    client_id     text,
    action        text        not null,
    resource_type text        not null,
    resource_id   uuid,
    patient_id    uuid,
    outcome       text        not null check (outcome in ('SUCCESS', 'DENIED')),
    request_id    text
);
create index audit_event_by_time on audit_event (clinic_id, occurred_at, id);
create index audit_event_by_patient on audit_event (clinic_id, patient_id, occurred_at);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit events are append-only';
end;
$$;
create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- Idempotency-Key of creating POSTs: which record the first request made. A repeat is answered by
-- reading that record again (through the service, so the read is authorised and audited); no
-- response body, and so no health data, is copied here.
create table idempotency_key (
    clinic_id       text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    resource_id     uuid,
    location        text,
    created_at      timestamptz not null,
    primary key (clinic_id, idempotency_key)
);
create index idempotency_key_by_age on idempotency_key (created_at);
