-- A location id is only ever meaningful inside its clinic. This key lets other tables point at
-- (clinic_id, id), so the database itself refuses a row that refers to another clinic's location.
alter table location add constraint location_clinic_id_id_key unique (clinic_id, id);

-- One row per clinic, created by the clinic's first PUT; until then the service answers defaults.
create table clinic_settings (
    id                        uuid primary key,
    clinic_id                 text        not null,
    version                   bigint      not null,
    created_at                timestamptz not null,
    updated_at                timestamptz not null,
    name                      text        not null,
    -- IANA zone id, checked by the service (PostgreSQL knows no list it could check against here)
    time_zone                 text        not null default 'UTC',
    -- ISO 3166 country, optionally with a subdivision: selects the credential minimums that apply
    jurisdiction              text
        constraint clinic_settings_jurisdiction_format check (jurisdiction ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
    cancellation_window_hours integer     not null default 24
        constraint clinic_settings_cancellation_window_range check (cancellation_window_hours between 0 and 168),
    -- slots must tile an hour exactly, so the step divides 60
    slot_step_minutes         integer     not null default 15
        constraint clinic_settings_slot_step_divides_hour
            check (slot_step_minutes between 5 and 60 and 60 % slot_step_minutes = 0),
    -- ISO 4217; text with a check rather than char(3), which pads and compares surprisingly
    currency                  text        not null default 'USD'
        constraint clinic_settings_currency_format check (currency ~ '^[A-Z]{3}$'),
    constraint clinic_settings_one_per_clinic unique (clinic_id)
);

create table room (
    id          uuid primary key,
    clinic_id   text        not null,
    version     bigint      not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    location_id uuid        not null,
    name        text        not null,
    constraint room_location_fk foreign key (clinic_id, location_id) references location (clinic_id, id),
    -- lets appointments refer to (clinic_id, id) as well
    constraint room_clinic_id_id_key unique (clinic_id, id)
);
-- One name per location, whatever its case: the service answers a 409 naming the holder first,
-- this index is the backstop when two requests race.
create unique index room_name_per_location on room (clinic_id, location_id, lower(name));
-- keyset pages of one location's rooms: plain by (created_at, id), sync by (updated_at, id)
create index room_by_created on room (clinic_id, location_id, created_at, id);
create index room_by_updated on room (clinic_id, location_id, updated_at, id);

create table appointment_type (
    id                uuid primary key,
    clinic_id         text        not null,
    version           bigint      not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    name              text        not null,
    modality          text        not null
        constraint appointment_type_modality check (modality in ('DRY_NEEDLING', 'MASSAGE')),
    massage_technique text
        constraint appointment_type_massage_technique
            check (massage_technique in ('CRANIOSACRAL', 'MYOFASCIAL_RELEASE', 'NEUROMUSCULAR', 'SWEDISH')),
    duration_minutes  integer     not null
        constraint appointment_type_duration_range check (duration_minutes between 5 and 480),
    -- time kept free after the appointment (cleaning, notes); part of what blocks the calendar
    buffer_minutes    integer     not null default 0
        constraint appointment_type_buffer_range check (buffer_minutes between 0 and 120),
    price_minor       bigint      not null
        constraint appointment_type_price_not_negative check (price_minor >= 0),
    currency          text        not null
        constraint appointment_type_currency_format check (currency ~ '^[A-Z]{3}$'),
    active            boolean     not null default true,
    -- a technique exactly when the modality is massage
    constraint appointment_type_technique_iff_massage check ((modality = 'MASSAGE') = (massage_technique is not null)),
    -- lets appointments refer to (clinic_id, id)
    constraint appointment_type_clinic_id_id_key unique (clinic_id, id)
);
create index appointment_type_by_created on appointment_type (clinic_id, created_at, id);
create index appointment_type_by_updated on appointment_type (clinic_id, updated_at, id);
