create table location (
    id         uuid primary key,
    clinic_id  text        not null,
    version    bigint      not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    name       text        not null,
    address    text,
    -- IANA zone id; null means "the clinic's time zone"
    time_zone  text
);
-- One name per clinic, whatever its case: the service answers a friendly 409 first, this index
-- is the backstop when two requests race.
create unique index location_name_per_clinic on location (clinic_id, lower(name));
-- keyset pages: plain lists by (created_at, id), sync lists by (updated_at, id)
create index location_by_created on location (clinic_id, created_at, id);
create index location_by_updated on location (clinic_id, updated_at, id);
