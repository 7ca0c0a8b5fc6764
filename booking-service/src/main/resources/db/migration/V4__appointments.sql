-- The exclusion constraints below need btree_gist (uuid and text equality in a gist index); V3
-- creates the extension.

create table appointment (
    id                  uuid primary key,
    clinic_id           text        not null,
    version             bigint      not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    -- a patient of patient-service (another database): no foreign key possible
    patient_id          uuid        not null,
    practitioner_id     uuid        not null,
    appointment_type_id uuid        not null,
    location_id         uuid        not null,
    room_id             uuid,
    start_at            timestamptz not null,
    end_at              timestamptz not null,
    -- end plus the type's buffer: what the appointment keeps from others
    blocked_until       timestamptz not null,
    status              text        not null
        constraint appointment_status_known
            check (status in ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    source              text        not null
        constraint appointment_source_known check (source in ('STAFF', 'PATIENT', 'INTEGRATION')),
    cancellation_reason text
        constraint appointment_cancellation_reason_known
            check (cancellation_reason in ('PATIENT_REQUEST', 'CLINIC', 'ILLNESS', 'OTHER')),
    late_cancellation   boolean     not null default false,
    notes               text,
    -- why a clinic admin booked outside the practitioner's hours; kept with the appointment
    override_reason     text,
    constraint appointment_start_before_end check (start_at < end_at),
    constraint appointment_end_within_blocked check (end_at <= blocked_until),
    constraint appointment_cancelled_has_reason check ((status = 'CANCELLED') = (cancellation_reason is not null)),
    constraint appointment_practitioner_fk foreign key (clinic_id, practitioner_id)
        references practitioner (clinic_id, id),
    constraint appointment_type_fk foreign key (clinic_id, appointment_type_id)
        references appointment_type (clinic_id, id),
    constraint appointment_location_fk foreign key (clinic_id, location_id)
        references location (clinic_id, id),
    constraint appointment_room_fk foreign key (clinic_id, room_id) references room (clinic_id, id),
    -- Booking rule 3, in the one place concurrent requests cannot race past: no two live
    -- appointments of a practitioner, a room or a patient share time, the buffer included.
    -- Half-open ranges, so one ending (buffer included) at 10:00 and one starting at 10:00 both stand.
    -- A no-show keeps its time (it has passed anyway); only a cancellation frees it.
    constraint appointment_no_practitioner_overlap exclude using gist (
        clinic_id with =, practitioner_id with =, tstzrange(start_at, blocked_until, '[)') with &&)
        where (status <> 'CANCELLED'),
    constraint appointment_no_room_overlap exclude using gist (
        clinic_id with =, room_id with =, tstzrange(start_at, blocked_until, '[)') with &&)
        where (status <> 'CANCELLED' and room_id is not null),
    constraint appointment_no_patient_overlap exclude using gist (
        clinic_id with =, patient_id with =, tstzrange(start_at, blocked_until, '[)') with &&)
        where (status <> 'CANCELLED')
);
-- keyset pages: plain lists by (created_at, id), sync lists by (updated_at, id)
create index appointment_by_created on appointment (clinic_id, created_at, id);
create index appointment_by_updated on appointment (clinic_id, updated_at, id);
-- a patient's own list, and the list filters
create index appointment_by_patient on appointment (clinic_id, patient_id, start_at);
-- availability reads the live appointments of many practitioners over a range in one query
-- (the practitioner exclusion constraint's gist index serves range lookups as well)
create index appointment_by_practitioner on appointment (clinic_id, practitioner_id, start_at);
