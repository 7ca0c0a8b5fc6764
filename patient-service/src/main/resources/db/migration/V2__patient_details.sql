-- Patient details: address, emergency contact, EHR identifiers, archive filter and free-text search.

alter table patient
    add column address_line1                  text,
    add column address_line2                  text,
    add column address_city                   text,
    add column address_region                 text,
    add column address_postal_code            text,
    add column address_country                text check (address_country ~ '^[A-Z]{2}$'),
    add column emergency_contact_name         text,
    add column emergency_contact_phone        text,
    add column emergency_contact_relationship text,
    add column search_text                    text;

-- An address is absent or has at least a first line, a city and a country.
alter table patient add constraint patient_address_complete check (
    (address_line1 is null and address_line2 is null and address_city is null and address_region is null
        and address_postal_code is null and address_country is null)
    or (address_line1 is not null and address_city is not null and address_country is not null));

-- An emergency contact is absent or has at least a name and a phone number.
alter table patient add constraint patient_emergency_contact_complete check (
    (emergency_contact_name is null and emergency_contact_phone is null and emergency_contact_relationship is null)
    or (emergency_contact_name is not null and emergency_contact_phone is not null));

-- The application maintains search_text (dev.clinic.patient.domain.SearchText) on every change.
-- Rows written before this migration get the same folding in SQL: compatibility decomposition,
-- combining diacritical marks and apostrophes removed, lower case, single spaces; phone by its digits.
create function pg_temp.fold(value text) returns text
    language sql immutable as
$$
select nullif(btrim(regexp_replace(lower(regexp_replace(normalize(value, NFKD),
        '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f''\u2019\u02bc]', '', 'g')),
        '\s+', ' ', 'g')), '')
$$;
update patient set search_text = concat_ws(' ', pg_temp.fold(given_name), pg_temp.fold(family_name),
        pg_temp.fold(preferred_name), pg_temp.fold(email), nullif(regexp_replace(phone, '[^0-9]', '', 'g'), ''));
alter table patient alter column search_text set not null;

-- Search by birth date (free-text search scans one clinic's rows: a contains-match cannot use a b-tree).
create index patient_by_birth_date on patient (clinic_id, birth_date);

-- EHR identifiers: in one clinic a (system, value) pair names at most one patient. The clinic is
-- copied from the patient by a trigger (the application writes only patient_id, system, value),
-- so the constraint cannot be sidestepped by a row that disagrees with its patient.
create table patient_external_id (
    patient_id uuid not null references patient (id),
    clinic_id  text not null,
    system     text not null,
    value      text not null,
    primary key (patient_id, system, value),
    constraint patient_external_id_unique_per_clinic unique (clinic_id, system, value)
);

create function patient_external_id_clinic() returns trigger
    language plpgsql as
$$
begin
    select p.clinic_id into strict new.clinic_id from patient p where p.id = new.patient_id;
    return new;
end;
$$;
create trigger patient_external_id_takes_patient_clinic
    before insert or update on patient_external_id
    for each row execute function patient_external_id_clinic();
