package dev.clinic.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.gateway.config.GatewayConfig;
import dev.clinic.gateway.edge.RateLimits.Caller;

class RateLimitsTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimits limits = new RateLimits(config(bucket(2, 60), bucket(1, 60), Map.of("bulk", bucket(5, 60))),
            null, now::get);

    @Test
    void eachCallerHasItsOwnBucket() {
        Caller ada = new Caller("token\u0000clinic-cli\u0000ada", "clinic-cli");
        Caller bob = new Caller("token\u0000clinic-cli\u0000bob", "clinic-cli");
        assertThat(limits.take(ada).allowed()).isTrue();
        assertThat(limits.take(ada).allowed()).isTrue();
        assertThat(limits.take(ada).allowed()).isFalse();
        assertThat(limits.take(bob).allowed()).isTrue();
    }

    @Test
    void callersOfAClientWithItsOwnLimitGetThatLimit() {
        Caller sync = new Caller("token\u0000bulk\u0000service-account", "bulk");
        for (int i = 0; i < 5; i++) {
            assertThat(limits.take(sync).allowed()).isTrue();
        }
        assertThat(limits.take(sync).allowed()).isFalse();
        assertThat(limits.take(sync).limit()).isEqualTo(5);
    }

    @Test
    void callersWithoutTokenGetTheAnonymousLimit() {
        Caller address = new Caller("address\u0000192.0.2.1", null);
        assertThat(limits.take(address).allowed()).isTrue();
        assertThat(limits.take(address).allowed()).isFalse();
    }

    @Test
    void fullBucketsAreForgotten() {
        Caller ada = new Caller("token\u0000clinic-cli\u0000ada", "clinic-cli");
        Caller address = new Caller("address\u0000192.0.2.1", null);
        limits.take(ada);
        limits.take(address);
        now.addAndGet(1_000_000_000L); // both got their token back
        limits.take(ada);
        limits.forgetFullBuckets();
        assertThat(limits.trackedCallers()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
            "192.0.2.17, 192.0.2.17",
            "2001:db8:1:2:3:4:5:6, 2001:db8:1:2:0:0:0:0/64",
            "[2001:db8:1:2::9], 2001:db8:1:2:0:0:0:0/64",
            "::1, 0:0:0:0:0:0:0:0/64",
    })
    void addressesCountPerHostAndIpv6PerNetwork(String address, String key) {
        assertThat(Caller.network(address)).isEqualTo(key);
    }

    @Test
    void problemSaysWhenToRetry() {
        var decision = new TokenBucket.Decision(false, 600, 0, 7, 60);
        var problem = RateLimits.rateLimited(new Caller("k", "clinic-cli"), decision);
        assertThat(problem.status()).isEqualTo(429);
        assertThat(problem.code()).isEqualTo("rate-limited");
        assertThat(problem.detail()).contains("retry in 7 seconds");
    }

    @Test
    void refusesALimitOfZero() {
        assertThatThrownBy(() -> new RateLimits(config(bucket(0, 60), bucket(1, 60), Map.of()), null, now::get))
                .hasMessageContaining("gateway.rate-limit.authenticated");
        assertThatThrownBy(() -> new RateLimits(config(bucket(1, 60), bucket(1, 60), Map.of("x", bucket(1, 0))), null,
                now::get)).hasMessageContaining("gateway.rate-limit.clients.x");
    }

    @Test
    void onlyHealthIsExempt() {
        assertThat(RateLimits.isExempt("/q/health")).isTrue();
        assertThat(RateLimits.isExempt("/q/health/ready")).isTrue();
        assertThat(RateLimits.isExempt("/q/healthz")).isFalse();
        assertThat(RateLimits.isExempt("/q/metrics")).isFalse();
        assertThat(RateLimits.isExempt("/api/v1/patients")).isFalse();
    }

    private static GatewayConfig.Bucket bucket(int capacity, int refillPerMinute) {
        return new GatewayConfig.Bucket() {
            @Override
            public int capacity() {
                return capacity;
            }

            @Override
            public int refillPerMinute() {
                return refillPerMinute;
            }
        };
    }

    private static GatewayConfig.RateLimit config(GatewayConfig.Bucket authenticated, GatewayConfig.Bucket anonymous,
            Map<String, GatewayConfig.Bucket> clients) {
        return new GatewayConfig.RateLimit() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public GatewayConfig.Bucket authenticated() {
                return authenticated;
            }

            @Override
            public GatewayConfig.Bucket anonymous() {
                return anonymous;
            }

            @Override
            public Map<String, GatewayConfig.Bucket> clients() {
                return clients;
            }
        };
    }
}
