create table treatment_session (
    id                   uuid primary key,
    clinic_id            text        not null,
    version              bigint      not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    -- patient-service's record; no foreign key across services
    patient_id           uuid        not null,
    -- the practitioner's login (token sub) until sessions are linked to booking-service's practitioners
    practitioner_subject text        not null,
    modality             text        not null check (modality in ('DRY_NEEDLING', 'MASSAGE')),
    massage_technique    text check (massage_technique in ('CRANIOSACRAL', 'MYOFASCIAL_RELEASE', 'NEUROMUSCULAR', 'SWEDISH')),
    started_at           timestamptz not null,
    ended_at             timestamptz,
    status               text        not null check (status in ('DRAFT', 'SIGNED')),
    subjective           text,
    objective            text,
    assessment           text,
    plan                 text,
    pain_before          integer check (pain_before between 0 and 10),
    pain_after           integer check (pain_after between 0 and 10),
    -- the rules of domain.SessionRules, kept by the database too
    constraint treatment_session_technique_iff_massage check ((modality = 'MASSAGE') = (massage_technique is not null)),
    constraint treatment_session_ends_after_start check (ended_at is null or ended_at > started_at)
);
-- keyset pages: plain lists by (created_at, id), sync lists by (updated_at, id), one patient's sessions
create index treatment_session_by_created on treatment_session (clinic_id, created_at, id);
create index treatment_session_by_updated on treatment_session (clinic_id, updated_at, id);
create index treatment_session_by_patient on treatment_session (clinic_id, patient_id, created_at, id);
