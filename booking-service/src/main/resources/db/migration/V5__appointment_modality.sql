-- What is booked: the appointment type's modality (and, for massage, its technique), kept on the
-- appointment itself. It is what the booking rules checked (the practitioner's credentials, the
-- patient's eligibility) and what session-service records the treatment as; a later change of the
-- type does not rewrite appointments already booked (a reschedule takes the type's current one, as
-- it checks the rules again). Every appointment response carries it without a join.
alter table appointment add column modality text, add column massage_technique text;

-- Existing appointments take their type's. A backfill, not a change of the appointment: version
-- and updated_at stay as they are.
update appointment a
set modality = t.modality, massage_technique = t.massage_technique
from appointment_type t
where t.clinic_id = a.clinic_id and t.id = a.appointment_type_id;

alter table appointment
    alter column modality set not null,
    add constraint appointment_modality_known check (modality in ('DRY_NEEDLING', 'MASSAGE')),
    add constraint appointment_massage_technique_known
        check (massage_technique in ('CRANIOSACRAL', 'MYOFASCIAL_RELEASE', 'NEUROMUSCULAR', 'SWEDISH')),
    -- as on appointment_type: a technique exactly when the modality is massage
    add constraint appointment_technique_iff_massage check ((modality = 'MASSAGE') = (massage_technique is not null));
