-- Denied attempts in the audit log: a 403 or 404 answered to an authenticated caller of a clinic is
-- a DENIED row of that caller's clinic, with the request as it came (method and path, never the
-- query string, which can hold a patient's name) and the status it got. SUCCESS rows leave them null.
-- The append-only triggers of V0_1 cover the new columns as they cover the old ones.
alter table audit_event
    add column http_method text,
    add column path        text,
    add column status      integer check (status between 100 and 599);

-- The audit log API lists newest first, optionally by actor (subject or client id).
create index audit_event_by_subject on audit_event (clinic_id, subject, occurred_at);
create index audit_event_by_client on audit_event (clinic_id, client_id, occurred_at);
