package dev.clinic.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.impl.NoStackTraceTimeoutException;

class UpstreamInterceptorTest {

    @Test
    void unreachableServiceIsUnavailable() {
        assertThat(UpstreamInterceptor.problemFor(new ConnectException("Connection refused"), "/api/v1/x").status())
                .isEqualTo(503);
        assertThat(UpstreamInterceptor.problemFor(new ConnectTimeoutException("timed out"), "/api/v1/x").status())
                .isEqualTo(503);
        assertThat(UpstreamInterceptor.problemFor(new UnknownHostException("patient-service"), "/api/v1/x").status())
                .isEqualTo(503);
        assertThat(UpstreamInterceptor.problemFor(new ConnectionPoolTooBusyException("full"), "/api/v1/x").status())
                .isEqualTo(503);
        assertThat(UpstreamInterceptor.problemFor(new CompletionException(new ConnectException("refused")), "/x")
                .status()).isEqualTo(503);
    }

    @Test
    void noConnectionInTimeIsUnavailableEvenWhenTheCauseIsATimeout() {
        // all pooled connections busy: Vert.x fails the wait with a TimeoutException, but nothing was sent
        var upstream = new dev.clinic.gateway.routing.Upstream("patient-service",
                java.net.URI.create("http://localhost:8081"), java.util.List.of("patients"));
        var failure = new UpstreamClient.NoConnectionException(upstream, 1_000,
                new NoStackTraceTimeoutException("timeout getting a connection"));
        var problem = UpstreamInterceptor.problemFor(failure, "/api/v1/patients");
        assertThat(problem.status()).isEqualTo(503);
        assertThat(failure.getMessage()).contains("patient-service").contains("1000 ms");
    }

    @Test
    void silentServiceTimesOut() {
        var problem = UpstreamInterceptor.problemFor(new NoStackTraceTimeoutException("idle"), "/api/v1/appointments");
        assertThat(problem.status()).isEqualTo(504);
        assertThat(problem.code()).isEqualTo("gateway-timeout");
        assertThat(problem.detail()).contains("/api/v1/appointments");
    }

    @Test
    void brokenConversationIsBadGateway() {
        assertThat(UpstreamInterceptor.problemFor(new HttpClosedException("Connection was closed"), "/x").status())
                .isEqualTo(502);
        assertThat(UpstreamInterceptor.problemFor(new VertxException("reset"), "/x").code()).isEqualTo("bad-gateway");
    }
}
