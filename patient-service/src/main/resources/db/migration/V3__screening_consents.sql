-- Health screening, clearances of contraindications, and consents.
-- Contraindications are not stored: they are derived from the screening and the birth date.

-- The current screening of a patient: one row per patient, replaced whole by PUT.
create table screening (
    id                         uuid primary key,
    clinic_id                  text        not null,
    version                    bigint      not null,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    patient_id                 uuid        not null unique references patient (id),
    bleeding_disorder          text        not null check (bleeding_disorder in ('YES', 'NO', 'UNKNOWN')),
    anticoagulants             text        not null check (anticoagulants in ('YES', 'NO', 'UNKNOWN')),
    pregnant                   text        not null check (pregnant in ('YES', 'NO', 'UNKNOWN')),
    immunocompromised          text        not null check (immunocompromised in ('YES', 'NO', 'UNKNOWN')),
    recent_surgery             text        not null check (recent_surgery in ('YES', 'NO', 'UNKNOWN')),
    recent_surgery_date        date,
    active_skin_infection      text        not null check (active_skin_infection in ('YES', 'NO', 'UNKNOWN')),
    active_skin_infection_site text,
    needle_phobia              text        not null check (needle_phobia in ('NONE', 'MILD', 'SEVERE')),
    preventive_medications     text[]      not null,
    notes                      text,
    screened_at                timestamptz not null,
    screened_by_subject        text        not null,
    screened_by_name           text        not null,
    -- the details belong to a YES only
    check (recent_surgery = 'YES' or recent_surgery_date is null),
    check (active_skin_infection = 'YES' or active_skin_infection_site is null)
);
create index screening_by_updated on screening (clinic_id, updated_at, id);

-- Every version of every screening, as it was stored: a clinician can always tell what the patient
-- had answered when a treatment was given. Filled by the trigger below, never by the application.
create table screening_revision (
    revision_id                bigserial primary key,
    like screening,
    recorded_at                timestamptz not null default now()
);
create index screening_revision_by_patient on screening_revision (clinic_id, patient_id, version);

create function screening_keep_revision() returns trigger
    language plpgsql as
$$
begin
    insert into screening_revision
    select nextval(pg_get_serial_sequence('screening_revision', 'revision_id')), new.*, now();
    return new;
end;
$$;
create trigger screening_revision_on_write
    after insert or update on screening
    for each row execute function screening_keep_revision();

create function screening_revision_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'screening revisions are append-only';
end;
$$;
create trigger screening_revision_no_update_or_delete
    before update or delete on screening_revision
    for each row execute function screening_revision_is_append_only();

-- A clinician's clearance of one contraindication code. Never deleted: a re-screening that raises
-- the code anew ends it (invalidated_at).
create table clearance (
    id              uuid primary key,
    clinic_id       text        not null,
    version         bigint      not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    patient_id      uuid        not null references patient (id),
    code            text        not null check (code in ('BLEEDING_DISORDER', 'ANTICOAGULANTS', 'PREGNANCY',
                                                        'IMMUNOCOMPROMISED', 'RECENT_SURGERY',
                                                        'ACTIVE_SKIN_INFECTION', 'SEVERE_NEEDLE_PHOBIA')),
    cleared_by_name text        not null,
    cleared_by_role text        not null,
    cleared_on      date        not null,
    valid_until     date check (valid_until >= cleared_on),
    note            text,
    recorded_by     text        not null,
    invalidated_at  timestamptz
);
create index clearance_by_patient on clearance (clinic_id, patient_id, code, created_at);

create table consent (
    id              uuid primary key,
    clinic_id       text        not null,
    version         bigint      not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    patient_id      uuid        not null references patient (id),
    type            text        not null check (type in ('DRY_NEEDLING_INFORMED', 'MASSAGE', 'DATA_SHARING')),
    form_version    text        not null,
    signed_at       timestamptz not null,
    signed_by       text        not null,
    risks_explained text[]      not null,
    recorded_by     text        not null,
    revoked_at      timestamptz,
    revoked_by      text,
    check (revoked_at is null or revoked_at >= signed_at)
);
-- keyset pages per patient: plain lists by (created_at, id), sync lists by (updated_at, id)
create index consent_by_created on consent (clinic_id, patient_id, created_at, id);
create index consent_by_updated on consent (clinic_id, patient_id, updated_at, id);
