package dev.clinic.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Heap and connection-pool figures of the running services. The figures come from each service's
 * own Prometheus endpoint ({@code /q/metrics} on its port: {@code jvm_memory_used_bytes{area="heap"}},
 * {@code agroal_active_count}); a full GC is forced first with {@code jcmd <pid> GC.run} on the pid
 * the launcher wrote, so the heap figure is what is still reachable, not garbage not yet collected.
 */
final class ServiceMetrics {

    /** The services and their ports; the gateway has no database, so no pool. */
    static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("gateway", 8080);
        SERVICES.put("patient-service", 8081);
        SERVICES.put("session-service", 8082);
        SERVICES.put("booking-service", 8083);
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Figures(long heapBytes, long activeConnections) {
        @Override
        public String toString() {
            return "heap " + heapBytes / (1024 * 1024) + " MiB, active connections " + activeConnections;
        }
    }

    private ServiceMetrics() {
    }

    /** Forces a full GC in the service's JVM. */
    static void forceGc(String service) throws Exception {
        String pid = Files.readString(runDir().resolve(service + ".pid")).strip();
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), pid, "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("jcmd %s GC.run finished", service).isTrue();
        assertThat(process.exitValue()).as("jcmd %s GC.run exit code", service).isZero();
    }

    /** The heap in use (all heap pools) and the pool's active connections, as the service reports them now. */
    static Figures read(String service) throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + SERVICES.get(service)
                + "/q/metrics")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        return new Figures((long) sum(metrics, "jvm_memory_used_bytes", "area=\"heap\""),
                (long) sum(metrics, "agroal_active_count", ""));
    }

    static Figures gcAndRead(String service) throws Exception {
        forceGc(service);
        return read(service);
    }

    private static double sum(String metrics, String name, String label) {
        return metrics.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** {@code <clinic.root>/.clinic/run}: where the launcher keeps the services' pids. */
    static Path runDir() {
        return Path.of(System.getProperty("clinic.root", "..")).resolve(".clinic").resolve("run");
    }

    /** {@code <clinic.root>/.clinic/logs}: the services' logs. */
    static Path logDir() {
        return Path.of(System.getProperty("clinic.root", "..")).resolve(".clinic").resolve("logs");
    }
}
