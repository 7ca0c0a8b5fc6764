-- Exclusion constraints on (uuid, text, range) need btree_gist. It is a trusted extension, so the
-- database owner may create it; "if not exists" keeps this harmless where the launcher already did
-- (and a test run's Flyway clean, which drops extensions, does not break the schema).
create extension if not exists btree_gist;

create table practitioner (
    id                 uuid primary key,
    clinic_id          text        not null,
    version            bigint      not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    given_name         text        not null,
    family_name        text        not null,
    email              text        not null,
    phone              text,
    modalities         text[]      not null default '{}'
        constraint practitioner_modalities_known check (modalities <@ array['DRY_NEEDLING', 'MASSAGE']),
    massage_techniques text[]      not null default '{}'
        constraint practitioner_massage_techniques_known
            check (massage_techniques <@ array['CRANIOSACRAL', 'MYOFASCIAL_RELEASE', 'NEUROMUSCULAR', 'SWEDISH']),
    years_experience   integer
        constraint practitioner_years_experience_range check (years_experience between 0 and 80),
    -- BCP 47 tags, e.g. en, es, pt-BR
    languages          text[]      not null default '{}',
    bio                text,
    -- what patients ask before booking (seed 001)
    treats_migraine    boolean     not null default false,
    tracks_outcomes    boolean     not null default false,
    accepts_insurance  boolean     not null default false,
    sliding_scale      boolean     not null default false,
    active             boolean     not null default true,
    -- the Keycloak user id of the practitioner's login, when one was provisioned or linked
    keycloak_user_id   text,
    -- lets credentials, schedules, time off and appointments refer to (clinic_id, id)
    constraint practitioner_clinic_id_id_key unique (clinic_id, id)
);
-- One practitioner per email in a clinic, whatever its case; the service answers a 409 naming the
-- holder first, this index is the backstop when two requests race.
create unique index practitioner_email_per_clinic on practitioner (clinic_id, lower(email));
-- A login belongs to one practitioner record (Keycloak user ids are unique across the realm).
create unique index practitioner_login on practitioner (keycloak_user_id) where keycloak_user_id is not null;
create index practitioner_by_created on practitioner (clinic_id, created_at, id);
create index practitioner_by_updated on practitioner (clinic_id, updated_at, id);

create table credential (
    id              uuid primary key,
    clinic_id       text        not null,
    version         bigint      not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    practitioner_id uuid        not null,
    type            text        not null
        constraint credential_type_known
            check (type in ('PT_LICENSE', 'LMT_LICENSE', 'DRY_NEEDLING_CERT', 'NMT_CERT', 'CST_CERT', 'OTHER')),
    jurisdiction    text        not null
        constraint credential_jurisdiction_format check (jurisdiction ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
    number          text        not null,
    issuer          text,
    issued_on       date        not null,
    -- null: does not expire
    expires_on      date,
    training_hours  integer
        constraint credential_training_hours_range check (training_hours between 0 and 10000),
    constraint credential_expires_after_issue check (expires_on is null or expires_on > issued_on),
    constraint credential_practitioner_fk foreign key (clinic_id, practitioner_id)
        references practitioner (clinic_id, id)
);
create index credential_by_created on credential (clinic_id, practitioner_id, created_at, id);
create index credential_by_updated on credential (clinic_id, practitioner_id, updated_at, id);

-- Reference data, the same for every clinic (not tenant-owned): the minimums a jurisdiction sets
-- for a credential. The clinic's jurisdiction (clinic_settings.jurisdiction) selects the rows.
create table jurisdiction_minimum (
    id                  uuid primary key,
    jurisdiction        text    not null,
    credential_type     text    not null,
    min_training_hours  integer,
    min_licensure_years integer,
    -- the statute or rule the minimum comes from, quoted in refusals
    source              text    not null,
    constraint jurisdiction_minimum_one_per_type unique (jurisdiction, credential_type)
);
insert into jurisdiction_minimum (id, jurisdiction, credential_type, min_training_hours, min_licensure_years, source)
values ('5d1f0c3e-8a4b-4c71-9e2d-4f6a7b8c9d01', 'US-FL', 'DRY_NEEDLING_CERT', 50, 2,
        'Florida Statutes 486.117');

create table schedule_interval (
    id              uuid primary key,
    clinic_id       text        not null,
    version         bigint      not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    practitioner_id uuid        not null,
    location_id     uuid        not null,
    weekday         text        not null
        constraint schedule_interval_weekday_known
            check (weekday in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    -- clinic-local wall-clock times
    start_time      time        not null,
    end_time        time        not null,
    constraint schedule_interval_start_before_end check (start_time < end_time),
    constraint schedule_interval_practitioner_fk foreign key (clinic_id, practitioner_id)
        references practitioner (clinic_id, id),
    constraint schedule_interval_location_fk foreign key (clinic_id, location_id)
        references location (clinic_id, id),
    -- One practitioner is in one place at a time: intervals of a weekday never overlap, at any
    -- location. Half-open ranges on a fixed day, so 09:00-12:00 and 12:00-17:00 touch and both stand.
    constraint schedule_interval_no_overlap exclude using gist (
        practitioner_id with =,
        weekday with =,
        tsrange(date '2000-01-01' + start_time, date '2000-01-01' + end_time, '[)') with &&)
);

create table time_off (
    id              uuid primary key,
    clinic_id       text        not null,
    version         bigint      not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    practitioner_id uuid        not null,
    start_at        timestamptz not null,
    end_at          timestamptz not null,
    reason          text,
    constraint time_off_start_before_end check (start_at < end_at),
    constraint time_off_practitioner_fk foreign key (clinic_id, practitioner_id)
        references practitioner (clinic_id, id)
);
-- availability reads the time off of many practitioners over a range in one query
create index time_off_by_practitioner on time_off (clinic_id, practitioner_id, start_at, end_at);
create index time_off_by_created on time_off (clinic_id, practitioner_id, created_at, id);
create index time_off_by_updated on time_off (clinic_id, practitioner_id, updated_at, id);
