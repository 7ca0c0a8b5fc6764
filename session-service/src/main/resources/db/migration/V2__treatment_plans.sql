create table treatment_plan (
    id                   uuid        primary key,
    clinic_id            text        not null,
    version              bigint      not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    -- patient-service's record; no foreign key across services
    patient_id           uuid        not null,
    -- the practitioner who made the plan (token sub), as treatment_session.practitioner_subject
    practitioner_subject text        not null,
    modality             text        not null check (modality in ('DRY_NEEDLING', 'MASSAGE')),
    goals                text[]      not null check (array_position(goals, null) is null),
    -- ICD-10-CM syntax, as domain.TreatmentPlanSchedule checks it
    diagnosis_codes      text[]      not null check (array_position(diagnosis_codes, null) is null
        and array_to_string(diagnosis_codes, ',') ~ '^([A-Z][0-9][0-9AB](\.[A-Z0-9]{1,4})?(,|$))*$'),
    planned_sessions     integer     not null check (planned_sessions between 1 and 52),
    sessions_per_week    integer     not null check (sessions_per_week between 1 and 7),
    start_date           date        not null,
    review_date          date        not null,
    status               text        not null check (status in ('ACTIVE', 'COMPLETED', 'DISCONTINUED')),
    constraint treatment_plan_review_not_before_start check (review_date >= start_date)
);
-- keyset pages: plain lists by (created_at, id), sync lists by (updated_at, id), one patient's plans
create index treatment_plan_by_created on treatment_plan (clinic_id, created_at, id);
create index treatment_plan_by_updated on treatment_plan (clinic_id, updated_at, id);
create index treatment_plan_by_patient on treatment_plan (clinic_id, patient_id, created_at, id);

-- a plan's progress counts the signed sessions of its patient and modality in its period
create index treatment_session_signed_for_plans on treatment_session (clinic_id, patient_id, modality, started_at)
    where status = 'SIGNED';
