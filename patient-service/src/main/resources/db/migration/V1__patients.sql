create table patient (
    id             uuid primary key,
    clinic_id      text        not null,
    version        bigint      not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    given_name     text        not null,
    family_name    text        not null,
    preferred_name text,
    birth_date     date        not null,
    sex            text        not null check (sex in ('female', 'male', 'other', 'unknown')),
    email          text,
    phone          text,
    archived_at    timestamptz
);
-- keyset pages: plain lists by (created_at, id), sync lists by (updated_at, id)
create index patient_by_created on patient (clinic_id, created_at, id);
create index patient_by_updated on patient (clinic_id, updated_at, id);
