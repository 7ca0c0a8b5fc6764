package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.FRONTDESK_NORTHSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The front desk's everyday patient work, end to end through the gateway. */
class PatientApiIT {

    @Test
    void frontDeskCreatesReadsAndFindsAPatient() {
        Map<String, Object> patient = TestPatients.newPatient();

        Response created = Api.as(FRONTDESK_NORTHSIDE)
                .contentType(ContentType.JSON)
                .body(patient)
                .post("/patients");

        assertThat(created.statusCode()).as("create: %s", created.asString()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        JsonPath body = created.jsonPath();
        String id = body.getString("id");
        assertThat(UUID.fromString(id)).as("id is a UUID").isNotNull();
        assertThat(created.header("Location")).as("Location, path-absolute so it never names an internal host").isEqualTo("/api/v1/patients/" + id);
        assertThat(body.<Object>get("version")).as("version").isInstanceOf(Number.class);
        assertUtcInstant(body.getString("createdAt"), "createdAt");
        assertUtcInstant(body.getString("updatedAt"), "updatedAt");
        assertSameFields(body, patient);

        Response read = Api.as(FRONTDESK_NORTHSIDE).get("/patients/{id}", id);

        assertThat(read.statusCode()).as("read: %s", read.asString()).isEqualTo(200);
        JsonPath readBody = read.jsonPath();
        assertThat(readBody.getString("id")).isEqualTo(id);
        assertSameFields(readBody, patient);
        assertThat(readBody.getLong("version")).isEqualTo(body.getLong("version"));
        assertThat(readBody.getString("createdAt")).isEqualTo(body.getString("createdAt"));
        assertThat(read.header("ETag"))
                .as("ETag carries the row version")
                .matches("(W/)?\"[^\"]+\"")
                .contains(String.valueOf(body.getLong("version")));

        assertThat(TestPatients.listAllIds(FRONTDESK_NORTHSIDE)).as("the clinic's patient list").containsOnlyOnce(id);
    }

    /** Sync mode through the gateway: what changed since a mark, paged by cursor, each record once. */
    @Test
    void changesSinceAMarkPageWithTheCursorUntilEveryOneIsSeenOnce() {
        Instant mark = Instant.now();
        List<String> createdIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            createdIds.add(TestPatients.create(FRONTDESK_NORTHSIDE, TestPatients.newPatient()));
        }

        Response first = Api.as(FRONTDESK_NORTHSIDE)
                .queryParam("updatedSince", mark.toString())
                .queryParam("limit", 2)
                .get("/patients");

        assertThat(first.statusCode()).as("first page: %s", first.asString()).isEqualTo(200);
        List<String> seen = new ArrayList<>(first.jsonPath().getList("items.id", String.class));
        assertThat(seen).hasSize(2);
        String cursor = first.jsonPath().getString("nextCursor");
        assertThat(cursor).as("nextCursor of a full page").isNotBlank();
        assertThat(first.header("Link")).as("Link header").contains("rel=\"next\"").contains(cursor);

        Response second = Api.as(FRONTDESK_NORTHSIDE)
                .queryParam("updatedSince", mark.toString())
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get("/patients");

        assertThat(second.statusCode()).as("second page: %s", second.asString()).isEqualTo(200);
        seen.addAll(second.jsonPath().getList("items.id", String.class));
        assertThat(second.jsonPath().getString("nextCursor")).as("nextCursor of the last page").isNull();
        assertThat(seen).containsExactlyElementsOf(createdIds);
    }

    private static void assertSameFields(JsonPath body, Map<String, Object> expected) {
        expected.forEach((field, value) ->
                assertThat(body.getString(field)).as("field %s", field).isEqualTo(value));
    }

    private static void assertUtcInstant(String value, String field) {
        assertThat(value).as(field).endsWith("Z");
        assertThat(Instant.parse(value)).as(field).isBefore(Instant.now().plusSeconds(60));
    }
}
