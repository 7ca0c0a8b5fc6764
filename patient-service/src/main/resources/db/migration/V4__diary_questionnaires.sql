-- Headache diary: one entry per patient and day. Recording a day again replaces its entry, so
-- the day is unique per patient; the service serialises writers of one day and this constraint
-- is the backstop.
create table diary_entry (
    id               uuid primary key,
    clinic_id        text         not null,
    version          bigint       not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    patient_id       uuid         not null references patient (id),
    entry_date       date         not null,
    had_headache     boolean      not null,
    kind             text check (kind in ('MIGRAINE', 'TENSION_TYPE', 'CERVICOGENIC', 'OTHER')),
    intensity        integer check (intensity between 0 and 10),
    duration_hours   numeric(4, 2) check (duration_hours between 0 and 72),
    aura             boolean      not null,
    acute_medication text[]       not null check (array_position(acute_medication, null) is null),
    triggers         text[]       not null check (triggers <@ array ['STRESS', 'CAFFEINE', 'SKIPPED_MEAL',
        'HORMONAL', 'FLASHING_LIGHTS', 'SLEEP', 'OTHER']::text[]),
    hydration_liters numeric(4, 2) check (hydration_liters between 0 and 10),
    notes            text,
    constraint diary_entry_one_per_day unique (clinic_id, patient_id, entry_date),
    -- a headache day names its kind and intensity; a day without headache has neither
    constraint diary_entry_headache_details check (
        (had_headache and kind is not null and intensity is not null)
        or (not had_headache and kind is null and intensity is null and duration_hours is null and not aura))
);
-- The unique constraint's index serves date ranges of one patient; sync lists go by (updated_at, id).
create index diary_entry_by_updated on diary_entry (clinic_id, patient_id, updated_at, id);

-- HIT-6 and MIDAS questionnaires as completed, with the score the server gave them.
create table questionnaire (
    id            uuid primary key,
    clinic_id     text        not null,
    version       bigint      not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    patient_id    uuid        not null references patient (id),
    type          text        not null check (type in ('HIT6', 'MIDAS')),
    hit6_answers  text[],
    midas_answers integer[],
    score         integer     not null,
    hit6_impact   text check (hit6_impact in ('LITTLE_OR_NO_IMPACT', 'SOME_IMPACT', 'SUBSTANTIAL_IMPACT',
        'SEVERE_IMPACT')),
    midas_grade   text check (midas_grade in ('I', 'II', 'III', 'IV')),
    completed_at  timestamptz not null,
    -- each type carries its own answers and interpretation, and only those
    constraint questionnaire_shape check (
        (type = 'HIT6' and hit6_answers is not null and cardinality(hit6_answers) = 6
            and hit6_answers <@ array ['NEVER', 'RARELY', 'SOMETIMES', 'VERY_OFTEN', 'ALWAYS']::text[]
            and score between 36 and 78 and hit6_impact is not null
            and midas_answers is null and midas_grade is null)
        or (type = 'MIDAS' and midas_answers is not null and cardinality(midas_answers) = 5
            and array_position(midas_answers, null) is null and 0 <= all (midas_answers) and 90 >= all (midas_answers)
            and score between 0 and 450 and midas_grade is not null
            and hit6_answers is null and hit6_impact is null))
);
-- keyset pages per patient: plain lists by (created_at, id), sync lists by (updated_at, id)
create index questionnaire_by_created on questionnaire (clinic_id, patient_id, created_at, id);
create index questionnaire_by_updated on questionnaire (clinic_id, patient_id, updated_at, id);
