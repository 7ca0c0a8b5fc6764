-- Run once by the postgres image's entrypoint, on the first start with an empty data volume.
-- One database per service (docs/decisions.md); Flyway creates the tables when each service starts.
-- btree_gist lets an exclusion constraint mix equality (clinic, room, practitioner) with time-range
-- overlap; creating an extension needs a superuser, so it is done here, not by the services.

CREATE DATABASE clinic_patients;
CREATE DATABASE clinic_sessions;
CREATE DATABASE clinic_bookings;

\connect clinic_patients
CREATE EXTENSION IF NOT EXISTS btree_gist;

\connect clinic_sessions
CREATE EXTENSION IF NOT EXISTS btree_gist;

\connect clinic_bookings
CREATE EXTENSION IF NOT EXISTS btree_gist;
