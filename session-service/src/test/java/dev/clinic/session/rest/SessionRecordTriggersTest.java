package dev.clinic.session.rest;

import static dev.clinic.session.rest.SessionRows.execute;
import static dev.clinic.session.rest.SessionRows.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * The database keeps the record even from code that bypasses the domain: a signed session and its
 * needling sites never change, amendments are append-only, nothing is deleted.
 */
@QuarkusTest
@TestSecurity(user = "needling-triggers", roles = "practitioner")
@OidcSecurity(claims = { @Claim(key = "clinic_id", value = "trigger-clinic"), @Claim(key = "sub", value = "triggers") })
class SessionRecordTriggersTest {

    static final String ADD_SITE = """
            insert into needling_site (session_id, position, muscle, side, needle_count, technique,
                local_twitch_response)
            values (?::uuid, 7, 'GLUTEALS', 'LEFT', 1, 'STATIC', false)""";

    @Inject
    DataSource db;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "update treatment_session set subjective = 'rewritten' where id = ?::uuid",
            "update treatment_session set pain_after = 0 where id = ?::uuid",
            "update treatment_session set status = 'DRAFT', signed_at = null, signed_by = null where id = ?::uuid",
            "update treatment_session set diagnosis_codes = '{G44.209}' where id = ?::uuid",
            "delete from treatment_session where id = ?::uuid",
            "update needling_site set needle_count = 9 where session_id = ?::uuid",
            "delete from needling_site where session_id = ?::uuid",
            ADD_SITE,
    })
    void aSignedSessionCannotBeChangedBehindTheApplicationsBack(String statement) throws SQLException {
        String id = Sessions.signed(Sessions.signable(UUID.randomUUID().toString()));
        String before = Sessions.get(Sessions.path(id)).asString();

        assertThatThrownBy(() -> execute(db, statement, id)).isInstanceOf(SQLException.class)
                .hasMessageMatching("(?s).*(is signed and cannot change|of signed session .* cannot change"
                        + "|are never deleted).*");
        assertThat(Sessions.get(Sessions.path(id)).asString()).isEqualTo(before);
    }

    /** An amendment or an adverse event touches a signed session: only its version and updatedAt move. */
    @Test
    void aSignedSessionMayOnlyBeTouched() throws SQLException {
        String id = Sessions.signed(Sessions.signable(UUID.randomUUID().toString()));
        assertThat(execute(db, "update treatment_session set version = version + 1, updated_at = clock_timestamp() "
                + "where id = ?::uuid", id)).isEqualTo(1);
    }

    /** The rules guard signed sessions only: a draft is still written by the application. */
    @Test
    void aDraftAndItsSitesMayChange() throws SQLException {
        String id = Sessions.create(Sessions.signable(UUID.randomUUID().toString()));
        assertThat(execute(db, "update treatment_session set subjective = 'corrected' where id = ?::uuid", id))
                .isEqualTo(1);
        assertThat(execute(db, ADD_SITE, id)).isEqualTo(1);
        assertThatThrownBy(() -> execute(db, "delete from treatment_session where id = ?::uuid", id))
                .isInstanceOf(SQLException.class).hasMessageContaining("never deleted");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "update session_amendment set text = 'rewritten' where id = ?::uuid",
            "delete from session_amendment where id = ?::uuid",
    })
    void amendmentsAreAppendOnly(String statement) throws SQLException {
        String session = Sessions.signed(Sessions.signable(UUID.randomUUID().toString()));
        String amendment = Sessions.amend(session);

        assertThatThrownBy(() -> execute(db, statement, amendment)).isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThat(value(db, "select text from session_amendment where id = ?::uuid", amendment))
                .isEqualTo(Sessions.lateEntry().get("text"));
    }

    @Test
    void adverseEventsAreNeverDeleted() throws SQLException {
        String session = Sessions.signed(Sessions.signable(UUID.randomUUID().toString()));
        String event = Sessions.recordBruise(session);

        assertThatThrownBy(() -> execute(db, "delete from adverse_event where id = ?::uuid", event))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThat(value(db, "select type from adverse_event where id = ?::uuid", event)).isEqualTo("BRUISING");
    }
}
