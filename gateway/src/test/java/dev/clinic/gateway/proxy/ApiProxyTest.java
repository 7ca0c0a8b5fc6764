package dev.clinic.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiProxyTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/patients, /api/v1/patients",
            "/api/v1/patients/, /api/v1/patients",
            "/api/v1/patients/7f0c6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c, /api/v1/patients/*",
            "/api/v1/patients/7f0c6c1e/consents/3/revoke, /api/v1/patients/*",
    })
    void metricsTemplateKeepsIdsOut(String path, String template) {
        assertThat(ApiProxy.metricsTemplate(path)).isEqualTo(template);
    }
}
