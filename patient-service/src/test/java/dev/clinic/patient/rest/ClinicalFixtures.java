package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Bodies, paths and database look-ups shared by the screening, contraindication, consent and eligibility tests. */
final class ClinicalFixtures {

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEMS = "https://clinic.dev/problems/";
    static final LocalDate ADULT = LocalDate.of(1985, 6, 15);

    private ClinicalFixtures() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static String patient(UUID id) {
        return "/api/v1/patients/" + id;
    }

    /** Every answer NO, no phobia; overrides replace single fields. */
    static Map<String, Object> screening(Object... overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("bleedingDisorder", "NO", "anticoagulants", "NO", "pregnant",
                "NO", "immunocompromised", "NO", "recentSurgery", "NO", "activeSkinInfection", "NO", "needlePhobia",
                "NONE", "preventiveMedications", List.of("propranolol 40 mg")));
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    static Map<String, Object> consent(String type, Object... overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "formVersion", "F-2026-01", "signedBy",
                "Maria Lopez", "risksExplained", List.of("bruising", "soreness", "pneumothorax")));
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    static Response putScreening(UUID patientId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().put(patient(patientId) + "/screening");
    }

    static Response postConsent(UUID patientId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(patient(patientId) + "/consents");
    }

    static Response clear(UUID patientId, String code, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(patient(patientId) + "/contraindications/" + code + "/clearance");
    }

    static Response eligibility(UUID patientId, String modality, LocalDate date) {
        var request = given().queryParam("modality", modality);
        if (date != null) {
            request.queryParam("date", date.toString());
        }
        return request.when().get(patient(patientId) + "/eligibility");
    }

    /** Archives a patient directly: archiving is another resource's business, not what these tests test. */
    static void archive(DataSource dataSource, UUID patientId) {
        execute(dataSource, "update patient set archived_at = now() where id = ?", patientId);
    }

    static void execute(DataSource dataSource, String sql, UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** action|resource_type|resource_id|patient_id|subject of every audit row about the patient, oldest first. */
    static List<String> auditRows(DataSource dataSource, UUID patientId) {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("""
                        select action, resource_type, resource_id, patient_id, subject, outcome from audit_event
                        where patient_id = ? order by occurred_at, id""")) {
            q.setObject(1, patientId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(String.join("|", r.getString(1), r.getString(2), String.valueOf(r.getString(3)),
                            r.getString(4), r.getString(5), r.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    static int count(DataSource dataSource, String sql, UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, id);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
