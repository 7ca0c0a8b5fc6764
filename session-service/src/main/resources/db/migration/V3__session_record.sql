-- The whole clinical record of a session: where it came from, who treated, what was needled,
-- the diagnoses, the aftercare, the signature; amendments and adverse events after it.

alter table treatment_session
    -- booking-service's appointment the session documents; no foreign key across services
    add column appointment_id                     uuid,
    -- booking-service's practitioner record; practitioner_subject stays the owning login
    add column practitioner_id                    uuid,
    add column diagnosis_codes                    text[]  not null default '{}',
    add column needle_lot                         text,
    add column aftercare_skin_checked             boolean not null default false,
    add column aftercare_hydration_advised        boolean not null default false,
    add column aftercare_rested_until_steady      boolean not null default false,
    add column aftercare_pneumothorax_advice_given boolean not null default false,
    add column signed_at                          timestamptz,
    add column signed_by                          uuid;

alter table treatment_session
    -- drafts written before V3 have no practitioner record; every row written since has one
    add constraint treatment_session_practitioner_required check (practitioner_id is not null) not valid,
    add constraint treatment_session_needle_lot_length check (char_length(needle_lot) between 1 and 64),
    -- ICD-10-CM syntax, as domain.clinical.Icd10Cm checks it
    add constraint treatment_session_diagnosis_codes check (array_position(diagnosis_codes, null) is null
        and cardinality(diagnosis_codes) <= 12
        and array_to_string(diagnosis_codes, ',') ~ '^([A-Z][0-9][0-9AB](\.[A-Z0-9]{1,4})?(,|$))*$'),
    add constraint treatment_session_signature check ((status = 'SIGNED') = (signed_at is not null and signed_by is not null));

-- one session documents one appointment
create unique index treatment_session_one_per_appointment on treatment_session (clinic_id, appointment_id)
    where appointment_id is not null;
-- list filters: one practitioner's sessions; a time range on started_at
create index treatment_session_by_practitioner on treatment_session (clinic_id, practitioner_id, created_at, id);
create index treatment_session_by_start on treatment_session (clinic_id, started_at);

-- a plan names booking-service's practitioner record as well
alter table treatment_plan
    add column practitioner_id uuid,
    add constraint treatment_plan_practitioner_required check (practitioner_id is not null) not valid;

create table needling_site (
    session_id            uuid     not null references treatment_session (id),
    position              integer  not null check (position >= 0),
    muscle                text     not null check (muscle in ('STERNOCLEIDOMASTOID', 'TEMPORALIS', 'MASSETER',
        'TRAPEZIUS', 'UPPER_TRAPEZIUS', 'SUBOCCIPITALS', 'SPLENIUS_CAPITIS', 'LEVATOR_SCAPULAE', 'RHOMBOIDS',
        'CERVICAL_PARASPINALS', 'SCALENES', 'GLUTEALS')),
    side                  text     not null check (side in ('LEFT', 'RIGHT', 'BILATERAL')),
    needle_count          integer  not null check (needle_count between 1 and 20),
    needle_diameter_mm    numeric(3, 2) check (needle_diameter_mm between 0.12 and 0.40),
    needle_length_mm      integer  check (needle_length_mm between 13 and 100),
    depth_mm              integer  check (depth_mm between 1 and 100 and depth_mm <= coalesce(needle_length_mm, 100)),
    technique             text     not null check (technique in ('STATIC', 'PISTONING')),
    retention_seconds     integer  check (retention_seconds between 0 and 1800),
    local_twitch_response boolean  not null,
    primary key (session_id, position)
);

create table session_amendment (
    id             uuid        primary key,
    clinic_id      text        not null,
    version        bigint      not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    session_id     uuid        not null references treatment_session (id),
    reason         text        not null check (char_length(reason) between 1 and 500),
    text           text        not null check (char_length(text) between 1 and 10000),
    -- the session's practitioner (booking-service's id) and their login
    author_id      uuid        not null,
    author_subject text        not null
);
create index session_amendment_by_session on session_amendment (clinic_id, session_id, created_at, id);

create table adverse_event (
    id                  uuid        primary key,
    clinic_id           text        not null,
    version             bigint      not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    session_id          uuid        not null references treatment_session (id),
    type                text        not null check (type in ('SORENESS', 'BRUISING', 'BLEEDING', 'HEADACHE',
        'FATIGUE', 'DIZZINESS', 'FAINTING', 'SYMPTOM_FLARE', 'INFECTION', 'NERVE_IRRITATION', 'PNEUMOTHORAX')),
    severity            text        not null check (severity in ('MILD', 'SIGNIFICANT', 'SERIOUS')),
    reportable          boolean     not null,
    onset_at            timestamptz not null,
    resolved_at         timestamptz,
    notes               text        check (char_length(notes) <= 10000),
    -- the login (token sub) of the practitioner who recorded it
    recorded_by         text        not null,
    -- the rules of domain.clinical.AdverseEventRules, kept by the database too
    constraint adverse_event_pneumothorax_is_serious check (type <> 'PNEUMOTHORAX' or severity = 'SERIOUS'),
    constraint adverse_event_serious_is_reportable check (reportable = (severity = 'SERIOUS')),
    constraint adverse_event_resolved_after_onset check (resolved_at is null or resolved_at >= onset_at)
);
create index adverse_event_by_session on adverse_event (clinic_id, session_id, created_at, id);

-- A signed session is evidence. The application refuses every change to it (domain.TreatmentSession);
-- the database refuses it too: only version and updated_at may move (an amendment or an adverse
-- event touches the session, so that sync lists show it), its needling sites are frozen, and no
-- session, amendment or adverse event is ever deleted.
create function treatment_session_signed_is_final() returns trigger
    language plpgsql as
$$
declare
    kept treatment_session;
begin
    if tg_op = 'DELETE' then
        raise exception 'treatment sessions are never deleted';
    end if;
    if old.status = 'SIGNED' then
        kept := new;
        kept.version := old.version;
        kept.updated_at := old.updated_at;
        if kept is distinct from old then
            raise exception 'treatment session % is signed and cannot change', old.id;
        end if;
    end if;
    return new;
end;
$$;
create trigger treatment_session_signed_is_final
    before update or delete on treatment_session
    for each row execute function treatment_session_signed_is_final();

create function needling_site_of_draft_only() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from treatment_session
               where id = coalesce(new.session_id, old.session_id) and status = 'SIGNED') then
        raise exception 'the needling sites of signed session % cannot change', coalesce(new.session_id, old.session_id);
    end if;
    return coalesce(new, old);
end;
$$;
create trigger needling_site_of_draft_only
    before insert or update or delete on needling_site
    for each row execute function needling_site_of_draft_only();

create function session_record_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% rows are append-only', tg_table_name;
end;
$$;
create trigger session_amendment_append_only
    before update or delete on session_amendment
    for each row execute function session_record_is_append_only();
create trigger adverse_event_never_deleted
    before delete on adverse_event
    for each row execute function session_record_is_append_only();
