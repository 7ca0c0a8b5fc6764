package dev.clinic.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.clinic.systemtest.SecurityFixtures.named;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.clinic.systemtest.SecurityFixtures.Call;
import dev.clinic.systemtest.SecurityFixtures.Clinic;
import dev.clinic.systemtest.SecurityFixtures.MatrixRow;
import dev.clinic.systemtest.SecurityFixtures.Operation;
import dev.clinic.systemtest.SecurityFixtures.Role;
import io.restassured.response.Response;

/**
 * Function-level authorization (OWASP API5): the role × operation matrix of docs/security.md,
 * checked cell by cell against the running system with real tokens of northside's demo users and
 * the ehr-sync client. A {@code deny} cell must be a 403 problem; an {@code allow} or {@code own}
 * cell must get through (the request is built to succeed, and it does). The matrix and /openapi
 * must name the same operations, so a new operation without a row fails here.
 */
class AuthorizationMatrixIT {

    static Map<String, MatrixRow> matrix;
    static Map<String, Operation> operations;
    static Clinic northside;

    @BeforeAll
    static void setUp() {
        matrix = SecurityFixtures.matrix();
        operations = SecurityFixtures.openApi();
        northside = Clinic.build(SecurityFixtures.NORTHSIDE);
    }

    @Test
    void theMatrixHasARowForEveryOperationAndNoOther() {
        Set<String> withoutRow = new TreeSet<>(operations.keySet());
        withoutRow.removeAll(matrix.keySet());
        Set<String> withoutOperation = new TreeSet<>(matrix.keySet());
        withoutOperation.removeAll(operations.keySet());
        assertThat(withoutRow).as("operations of /openapi without a row in docs/security.md").isEmpty();
        assertThat(withoutOperation).as("rows of docs/security.md that name no operation of /openapi").isEmpty();
    }

    @Test
    void eachRowNamesTheMethodAndPathOfItsOperation() {
        List<String> wrong = new ArrayList<>();
        for (MatrixRow row : matrix.values()) {
            Operation op = operations.get(row.operationId());
            if (op != null && !(op.method().equals(row.method()) && op.path().equals(row.path()))) {
                wrong.add(row.operationId() + ": row says " + row.method() + " " + row.path() + ", /openapi "
                        + op.method() + " " + op.path());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @TestFactory
    List<DynamicTest> everyCell() {
        List<DynamicTest> tests = new ArrayList<>();
        for (MatrixRow row : matrix.values()) {
            for (Role role : Role.values()) {
                String cell = row.cell(role);
                tests.add(named(row.operationId() + " as " + role.column + ": " + cell,
                        () -> checkCell(row, role, cell)));
            }
        }
        return tests;
    }

    /**
     * "own" for a practitioner: the session or appointment of another practitioner is refused. The
     * patient's "own" (another patient's ids answer 404) is BolaIT's.
     */
    @TestFactory
    List<DynamicTest> anotherPractitionersRecordsAreRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        for (MatrixRow row : matrix.values()) {
            if ("own".equals(row.cell(Role.PRACTITIONER))) {
                tests.add(named(row.operationId() + " as another practitioner: 403", () -> {
                    Call call = fixture(row.operationId(), Role.PRACTITIONER, true);
                    Problems.assertProblem(call.send(SecurityFixtures.otherPractitionerToken(northside.key)), 403);
                }));
            }
        }
        return tests;
    }

    private static void checkCell(MatrixRow row, Role role, String cell) {
        assertThat(operations).as("the operation is in /openapi").containsKey(row.operationId());
        boolean allowed = !"deny".equals(cell);
        Call call = fixture(row.operationId(), role, allowed);
        Response response = call.send(northside.token(role));
        if (allowed) {
            assertThat(response.statusCode()).as("%s as %s (%s): %s", call, role.column, cell, response.asString())
                    .isNotIn(401, 403)
                    .isLessThan(500)
                    .isIn(call.success);
        } else {
            Problems.assertProblem(response, 403);
        }
    }

    private static Call fixture(String operationId, Role role, boolean fresh) {
        Call call = SecurityFixtures.call(operationId, role, northside, fresh);
        assertThat(call).as("a request fixture for %s in SecurityFixtures.call", operationId).isNotNull();
        assertThat(call.template).as("fixture path of %s", operationId)
                .isEqualTo(operations.get(operationId).path());
        assertThat(call.method).as("fixture method of %s", operationId)
                .isEqualTo(operations.get(operationId).method());
        return call;
    }
}
