package dev.clinic.session.rest;

import static dev.clinic.session.rest.Sessions.PROBLEM;
import static dev.clinic.session.rest.Sessions.SESSIONS;
import static dev.clinic.session.rest.Sessions.get;
import static dev.clinic.session.rest.Sessions.path;
import static dev.clinic.session.rest.Sessions.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/**
 * Every session operation, called by every role: who reads, who writes, who learns nothing. The
 * records are another practitioner's (written straight to the database), in a clinic of their own;
 * each refused write must leave them as they were.
 */
@QuarkusTest
class SessionRolesTest {

    static final String CLINIC = "roles-clinic";
    static final String OWNER_SUB = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";
    static final String OTHER_SUB = "9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b";
    static final String OWN_PATIENT = "00000000-0000-4000-8000-0000000000c1";
    static final String OTHER_PATIENT = "00000000-0000-4000-8000-0000000000c2";
    static final Instant STARTED_AT = Instant.parse(Sessions.STARTED_AT);

    /** A session and one amendment and adverse event of it (a draft has no amendment: a random id). */
    record Target(UUID session, String patient, UUID amendment, UUID event) {
    }

    record Seeded(Target signed, Target draft, Target othersSigned) {
    }

    static Seeded seeded;

    /** Each operation of the document, as one call on a target. */
    static final Map<String, Function<Target, Response>> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("createSession", t -> post(SESSIONS, Sessions.signable(UUID.randomUUID().toString())));
        OPERATIONS.put("listSessions", t -> get(SESSIONS));
        OPERATIONS.put("getSession", t -> get(path(t.session())));
        OPERATIONS.put("replaceSession", t -> Sessions.put(path(t.session()), Sessions.signable(t.patient())));
        OPERATIONS.put("signSession", t -> Sessions.sign(t.session()));
        OPERATIONS.put("getSessionBilling", t -> get(path(t.session(), "billing")));
        OPERATIONS.put("amendSession", t -> post(path(t.session(), "amendments"), Sessions.lateEntry()));
        OPERATIONS.put("listAmendments", t -> get(path(t.session(), "amendments")));
        OPERATIONS.put("getAmendment", t -> get(path(t.session(), "amendments", t.amendment())));
        OPERATIONS.put("recordAdverseEvent", t -> post(path(t.session(), "adverse-events"), Sessions.bruise()));
        OPERATIONS.put("listAdverseEvents", t -> get(path(t.session(), "adverse-events")));
        OPERATIONS.put("getAdverseEvent", t -> get(path(t.session(), "adverse-events", t.event())));
    }

    static final String READS_ONLY = "createSession=403 listSessions=200 getSession=200 replaceSession=403 "
            + "signSession=403 getSessionBilling=200 amendSession=403 listAmendments=200 getAmendment=200 "
            + "recordAdverseEvent=403 listAdverseEvents=200 getAdverseEvent=200";
    static final String READS_NOTHING = "createSession=403 listSessions=200 getSession=404 replaceSession=403 "
            + "signSession=403 getSessionBilling=404 amendSession=403 listAmendments=404 getAmendment=404 "
            + "recordAdverseEvent=403 listAdverseEvents=404 getAdverseEvent=404";
    static final String ANOTHER_PRACTITIONER = "createSession=201 listSessions=200 getSession=200 replaceSession=403 "
            + "signSession=403 getSessionBilling=200 amendSession=403 listAmendments=200 getAmendment=%s "
            + "recordAdverseEvent=201 listAdverseEvents=200 getAdverseEvent=200";

    @Inject
    DataSource db;

    @BeforeEach
    void seed() throws SQLException {
        if (seeded == null) {
            seeded = new Seeded(signedRecord(OWN_PATIENT), draft(OWN_PATIENT), signedRecord(OTHER_PATIENT));
        }
    }

    private Target signedRecord(String patient) throws SQLException {
        UUID session = SessionRows.session(db, CLINIC, UUID.fromString(patient), OWNER_SUB, "DRY_NEEDLING",
                STARTED_AT, "SIGNED");
        return new Target(session, patient, SessionRows.amendment(db, CLINIC, session, OWNER_SUB),
                SessionRows.adverseEvent(db, CLINIC, session, OWNER_SUB));
    }

    private Target draft(String patient) throws SQLException {
        UUID session = SessionRows.session(db, CLINIC, UUID.fromString(patient), OWNER_SUB, "DRY_NEEDLING",
                STARTED_AT, "DRAFT");
        return new Target(session, patient, UUID.randomUUID(), SessionRows.adverseEvent(db, CLINIC, session,
                OWNER_SUB));
    }

    @Test
    void anonymousCallersAreAskedToAuthenticate() throws SQLException {
        expect(seeded.signed(), everything(401));
    }

    @Test
    @TestSecurity(user = "stray", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "sub", value = OWNER_SUB))
    void aTokenWithoutClinicReachesNothing() throws SQLException {
        expect(seeded.signed(), everything(403));
        expect(seeded.draft(), everything(403));
    }

    @Test
    @TestSecurity(user = "frontdesk-roles", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskNeverReadsClinicalNotes() throws SQLException {
        expect(seeded.signed(), everything(403));
        expect(seeded.draft(), everything(403));
    }

    @Test
    @TestSecurity(user = "admin-roles", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void clinicAdminReadsEverySessionButWritesNone() throws SQLException {
        readsEverySessionButWritesNone();
    }

    @Test
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorReadsEverySessionButWritesNone() throws SQLException {
        readsEverySessionButWritesNone();
    }

    /** Staff who read: drafts and signed sessions of every patient, and no write. */
    private void readsEverySessionButWritesNone() throws SQLException {
        expect(seeded.signed(), READS_ONLY);
        expect(seeded.draft(), READS_ONLY.replace("getAmendment=200", "getAmendment=404"));
        expect(seeded.othersSigned(), READS_ONLY);
        get(SESSIONS + "?patientId=" + OWN_PATIENT).then().statusCode(200)
                .body("items.id", equalTo(ids(seeded.signed(), seeded.draft())));
    }

    /** Only the session's own practitioner changes, signs or amends it; any practitioner records adverse events. */
    @Test
    @TestSecurity(user = "needling-other", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "sub", value = OTHER_SUB) })
    void anotherPractitionerReadsAndReportsButDoesNotChangeTheRecord() throws SQLException {
        expect(seeded.signed(), ANOTHER_PRACTITIONER.formatted(200));
        expect(seeded.draft(), ANOTHER_PRACTITIONER.formatted(404));
        Target draft = seeded.draft();
        Sessions.problem(Sessions.sign(draft.session()), 403, "not-session-owner");
        Sessions.problem(Sessions.put(path(draft.session()), Sessions.signable(draft.patient())), 403,
                "not-session-owner");
        // who may change it comes before what the body says
        Sessions.problem(Sessions.put(path(draft.session()), Sessions.signable(OTHER_PATIENT)), 403,
                "not-session-owner");
        Sessions.problem(post(path(seeded.signed().session(), "amendments"), Sessions.lateEntry()), 403,
                "not-session-owner");
    }

    @Test
    @TestSecurity(user = "patient-roles", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "patient_id", value = OWN_PATIENT) })
    void aPatientReadsOnlyTheirOwnSignedSessions() throws SQLException {
        expect(seeded.signed(), READS_ONLY);
        // a draft is not part of the record yet: answered as if it did not exist
        expect(seeded.draft(), READS_NOTHING);
        expect(seeded.othersSigned(), READS_NOTHING);

        get(SESSIONS).then().statusCode(200).body("items.id", equalTo(ids(seeded.signed())));
        get(SESSIONS + "?patientId=" + OWN_PATIENT).then().statusCode(200).body("items.id", equalTo(ids(seeded.signed())));
        get(SESSIONS + "?status=DRAFT").then().statusCode(200).body("items", equalTo(List.of()));
        Sessions.problem(get(SESSIONS + "?patientId=" + OTHER_PATIENT), 404, "not-found");
    }

    /** Runs every operation on {@code target}; the statuses must be {@code expected}, "operationId=status" words. */
    private void expect(Target target, String expected) throws SQLException {
        String before = record(target);
        Map<String, Integer> actual = new LinkedHashMap<>();
        OPERATIONS.forEach((operation, call) -> {
            Response response = call.apply(target);
            actual.put(operation, response.statusCode());
            if (response.statusCode() >= 400) {
                assertThat(response.contentType()).as(operation).startsWith(PROBLEM);
            }
        });
        assertThat(actual).isEqualTo(Arrays.stream(expected.trim().split("\\s+")).map(word -> word.split("="))
                .collect(Collectors.toMap(word -> word[0], word -> Integer.valueOf(word[1]), (a, b) -> b,
                        LinkedHashMap::new)));
        if (!actual.containsValue(201)) {
            assertThat(record(target)).as("a refused or read-only caller changed nothing").isEqualTo(before);
        } else {
            assertThat(record(target)).as("content, status and amendments").startsWith(before.substring(0,
                    before.lastIndexOf('|')));
        }
    }

    private static String everything(int status) {
        return OPERATIONS.keySet().stream().map(operation -> operation + "=" + status).collect(Collectors.joining(" "));
    }

    /** The session's content, status and amendments, then its adverse events, as one line. */
    private String record(Target target) throws SQLException {
        return SessionRows.value(db, """
                select concat_ws('|', s.status, s.subjective, s.signed_at, s.practitioner_subject,
                    (select count(*) from needling_site n where n.session_id = s.id),
                    (select count(*) from session_amendment a where a.session_id = s.id),
                    (select count(*) from adverse_event e where e.session_id = s.id))
                from treatment_session s where s.id = ?""", target.session()).toString();
    }

    private static List<String> ids(Target... targets) {
        return Arrays.stream(targets).map(t -> t.session().toString()).toList();
    }
}
