package dev.clinic.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void aFilterLeftOutAddsNothing() {
        Where where = new Where().equal("patientId", null).and("start < :to", "to", null);

        assertThat(where.hql()).isEmpty();
        assertThat(where.parameters()).isEmpty();
    }

    @Test
    void givenFiltersAreJoinedByAndWithTheirParameters() {
        Where where = new Where()
                .equal("patientId", "p-1")
                .and("end > :from", "from", 5)
                .equal("status", null)
                .and("archivedAt is null");

        assertThat(where.hql()).isEqualTo("patientId = :patientId and end > :from and archivedAt is null");
        assertThat(where.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of("patientId", "p-1", "from", 5));
    }

    @Test
    void aConditionMayBringSeveralParameters() {
        Where where = new Where().and("x.system = :system and x.value = :value")
                .parameter("system", "ehr").parameter("value", "42");

        assertThat(where.hql()).isEqualTo("x.system = :system and x.value = :value");
        assertThat(where.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of("system", "ehr", "value", "42"));
    }
}
