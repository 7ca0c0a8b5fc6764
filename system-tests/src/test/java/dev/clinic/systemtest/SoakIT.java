package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.ADMIN_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.FRONTDESK_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.MASSAGE_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.NEEDLING_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.PATIENT_NORTHSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A minute of mixed traffic from every role at once (admin, front desk, both practitioners, a
 * patient, the ehr-sync integrator), eight threads: reads, creates, updates, bookings and
 * cancellations, session drafts, diary entries, sync lists. Afterwards: not one 5xx, not one ERROR
 * in any service's log written meanwhile, and heap and connection pools back at their level from
 * before (measured after a forced GC, see {@link ServiceMetrics}).
 */
class SoakIT {

    private static final int THREADS = 8;
    private static final Duration WARM_UP = Duration.ofSeconds(15);
    private static final Duration SOAK = Duration.ofSeconds(60);
    /**
     * How much more heap may be reachable after the soak than before it (both after a full GC, the
     * baseline after the warm-up): what is left of caches that fill once (Hibernate's query plans,
     * statement caches) and G1's region granularity. Measured growth was about 1 MiB; a leak of
     * some kilobytes per request, over the few thousand requests a service gets here, exceeds it.
     */
    private static final long HEAP_MARGIN_BYTES = 16L * 1024 * 1024;
    private static final Pattern ERROR_LINE = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} ERROR ");

    private final Traffic traffic = new Traffic();
    private final List<String> patients = Collections.synchronizedList(new ArrayList<>());
    private final List<String> eligible = new ArrayList<>();
    private String ownPatient;
    private String needlingPractitioner;
    private String needlingType;
    private final String since = Instant.now().minus(1, ChronoUnit.HOURS).toString();

    @Test
    void aMinuteOfMixedTrafficFromEveryRoleLeavesNoErrorsAndNoLeaks() throws Exception {
        setUp();
        List<Traffic.Call> warmUp = run(WARM_UP);
        Map<String, ServiceMetrics.Figures> before = new LinkedHashMap<>();
        for (String service : ServiceMetrics.SERVICES.keySet()) {
            before.put(service, ServiceMetrics.gcAndRead(service));
        }
        Map<String, Long> logOffsets = new LinkedHashMap<>();
        for (String service : ServiceMetrics.SERVICES.keySet()) {
            logOffsets.put(service, Files.size(log(service)));
        }

        traffic.calls.clear();
        Instant soakStart = Instant.now();
        List<Traffic.Call> soak = run(SOAK);
        Duration took = Duration.between(soakStart, Instant.now());

        // Heap and pools: back to where they were, once the last requests are done and a GC ran.
        Map<String, ServiceMetrics.Figures> after = new LinkedHashMap<>();
        for (String service : ServiceMetrics.SERVICES.keySet()) {
            after.put(service, settled(service, before.get(service)));
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (String service : ServiceMetrics.SERVICES.keySet()) {
            errors.put(service, errorLines(log(service), logOffsets.get(service)));
        }
        report(soak, took, before, after);

        assertThat(warmUp.stream().filter(c -> c.status() >= 500 || c.status() == 0).toList())
                .as("5xx or no answer during the warm-up").isEmpty();
        assertThat(soak.stream().filter(c -> c.status() >= 500 || c.status() == 0).toList())
                .as("5xx or no answer during the soak").isEmpty();
        Map<String, Long> okByWho = soak.stream().filter(Traffic.Call::ok)
                .collect(Collectors.groupingBy(Traffic.Call::who, TreeMap::new, Collectors.counting()));
        assertThat(okByWho).as("successful requests of every role").containsOnlyKeys("admin", "frontdesk", "needling",
                "massage", "patient", "ehr-sync");
        assertThat(soak.stream().filter(Traffic.Call::ok).count()).as("share of 2xx answers")
                .isGreaterThan(soak.size() * 8L / 10);
        assertThat(errors).as("ERROR lines the services logged during the soak")
                .allSatisfy((service, lines) -> assertThat(lines).as(service).isEmpty());
        for (String service : ServiceMetrics.SERVICES.keySet()) {
            assertThat(after.get(service).heapBytes()).as("%s heap after the soak (before: %s)", service,
                    before.get(service)).isLessThanOrEqualTo(before.get(service).heapBytes() + HEAP_MARGIN_BYTES);
            assertThat(after.get(service).activeConnections()).as("%s active connections after the soak", service)
                    .isEqualTo(before.get(service).activeConnections());
        }
    }

    private void setUp() {
        for (int i = 0; i < 8; i++) {
            patients.add(TestPatients.create(FRONTDESK_NORTHSIDE));
        }
        for (int i = 0; i < 4; i++) {
            eligible.add(TestPatients.eligibleForNeedling());
        }
        ownPatient = Traffic.claim(Tokens.of(PATIENT_NORTHSIDE), "patient_id");
        assertThat(ownPatient).as("patient_id of patient-northside").isNotBlank();
        needlingPractitioner = Expect.status(Api.as(NEEDLING_NORTHSIDE).get("/practitioners/me"), 200,
                "the demo practitioner").getString("id");
        List<Map<String, Object>> types = Expect.status(Api.as(FRONTDESK_NORTHSIDE).queryParam("limit", 200)
                .get("/appointment-types"), 200, "appointment types").getList("items");
        needlingType = types.stream()
                .filter(t -> "DRY_NEEDLING".equals(t.get("modality")) && Boolean.TRUE.equals(t.get("active")))
                .map(t -> (String) t.get("id")).findFirst().orElseThrow();
        Tokens.ehrSync();
        for (DemoUser user : List.of(ADMIN_NORTHSIDE, MASSAGE_NORTHSIDE)) {
            Tokens.of(user);
        }
    }

    /** THREADS threads doing random operations for {@code duration}; the calls they made. */
    private List<Traffic.Call> run(Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                running.add(threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        oneOperation();
                    }
                    return null;
                }));
            }
            for (var thread : running) {
                thread.get(duration.toSeconds() + 60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        return traffic.snapshot();
    }

    private void oneOperation() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String patient = patients.get(random.nextInt(patients.size()));
        String clinical = eligible.get(random.nextInt(eligible.size()));
        switch (random.nextInt(15)) {
            case 0 -> traffic.get("admin", admin(), "/practitioners?limit=20");
            case 1 -> traffic.get("admin", admin(), "/appointment-types?limit=50");
            case 2 -> traffic.get("admin", admin(), "/clinic");
            case 3 -> traffic.get("frontdesk", frontDesk(), "/patients?q=Systest&limit=20");
            case 4 -> {
                Traffic.Call created = traffic.post("frontdesk", frontDesk(), "/patients", TestPatients.newPatient());
                if (created.status() == 201) {
                    patients.add(created.id());
                }
            }
            case 5 -> updatePatient(patient);
            case 6 -> bookAndCancel(clinical);
            case 7 -> traffic.get("needling", needling(), "/patients/" + clinical + "/screening");
            case 8 -> {
                Traffic.Call draft = traffic.post("needling", needling(), "/sessions", Map.of("patientId", clinical,
                        "modality", "DRY_NEEDLING", "startedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
                if (draft.status() == 201) {
                    traffic.get("needling", needling(), "/sessions/" + draft.id());
                }
            }
            case 9 -> {
                traffic.post("massage", massage(), "/sessions", Map.of("patientId", patient, "modality", "MASSAGE",
                        "massageTechnique", "SWEDISH",
                        "startedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
                traffic.get("massage", massage(), "/sessions?limit=20");
            }
            case 10 -> traffic.get("patient", patientToken(), "/patients/" + ownPatient);
            case 11 -> traffic.post("patient", patientToken(), "/patients/" + ownPatient + "/diary",
                    Map.of("date", LocalDate.now().minusDays(1 + random.nextInt(2000)).toString(), "hadHeadache", false));
            case 12 -> traffic.get("patient", patientToken(), "/appointments?limit=20");
            case 13 -> traffic.get("ehr-sync", Tokens::ehrSync, "/patients?limit=50&updatedSince=" + since);
            default -> traffic.get("ehr-sync", Tokens::ehrSync,
                    (random.nextBoolean() ? "/sessions" : "/appointments") + "?limit=50&updatedSince=" + since);
        }
    }

    private void updatePatient(String id) {
        Traffic.Call read = traffic.get("frontdesk", frontDesk(), "/patients/" + id);
        if (read.status() != 200) {
            return;
        }
        JsonNode current = read.json();
        Map<String, Object> body = TestPatients.newPatient(current.path("familyName").asText());
        traffic.send("frontdesk", frontDesk(), "PUT", "/patients/" + id, body,
                Map.of("If-Match", "\"" + current.path("version").asLong() + "\""));
    }

    /** A dry-needling booking in a random free slot some months ahead, then its cancellation (freeing the slot). */
    private void bookAndCancel(String patient) {
        Instant from = Instant.now().plus(30 + ThreadLocalRandom.current().nextInt(600), ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.DAYS);
        Traffic.Call availability = traffic.get("frontdesk", frontDesk(), "/availability?appointmentTypeId="
                + needlingType + "&practitionerId=" + needlingPractitioner + "&from=" + from + "&to="
                + from.plus(3, ChronoUnit.DAYS));
        if (availability.status() != 200 || availability.json().path("slots").isEmpty()) {
            return;
        }
        JsonNode slots = availability.json().path("slots");
        JsonNode slot = slots.get(ThreadLocalRandom.current().nextInt(slots.size()));
        Traffic.Call booked = traffic.post("frontdesk", frontDesk(), "/appointments", Map.of("patientId", patient,
                "practitionerId", needlingPractitioner, "appointmentTypeId", needlingType,
                "locationId", slot.path("locationId").asText(), "start", slot.path("start").asText()));
        if (booked.status() == 201) {
            traffic.post("frontdesk", frontDesk(), "/appointments/" + booked.id() + "/cancel", Map.of("reason", "CLINIC"));
        }
    }

    /** Waits (up to 20 s) for in-flight work to end: the figures after a forced GC, once the pool is idle again. */
    private static ServiceMetrics.Figures settled(String service, ServiceMetrics.Figures before) throws Exception {
        ServiceMetrics.Figures now = ServiceMetrics.gcAndRead(service);
        for (int i = 0; i < 20 && now.activeConnections() > before.activeConnections(); i++) {
            Thread.sleep(1_000);
            now = ServiceMetrics.gcAndRead(service);
        }
        return now;
    }

    private static Path log(String service) {
        return ServiceMetrics.logDir().resolve(service + ".log");
    }

    /** The ERROR lines written to {@code log} after {@code offset}. */
    private static List<String> errorLines(Path log, long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            byte[] written = new byte[(int) Math.max(0, length - offset)];
            file.seek(Math.min(offset, length));
            file.readFully(written);
            return new String(written, StandardCharsets.UTF_8).lines()
                    .filter(line -> ERROR_LINE.matcher(line).find()).toList();
        }
    }

    private static void report(List<Traffic.Call> soak, Duration took, Map<String, ServiceMetrics.Figures> before,
            Map<String, ServiceMetrics.Figures> after) {
        Map<Integer, Long> byStatus = soak.stream()
                .collect(Collectors.groupingBy(Traffic.Call::status, TreeMap::new, Collectors.counting()));
        Map<String, Long> byWho = soak.stream()
                .collect(Collectors.groupingBy(Traffic.Call::who, TreeMap::new, Collectors.counting()));
        StringBuilder report = new StringBuilder("SoakIT report\n");
        report.append(String.format("  %d requests in %.1f s (%.1f/s) on %d threads; statuses %s; by role %s%n",
                soak.size(), took.toMillis() / 1000.0, soak.size() / (took.toMillis() / 1000.0), THREADS, byStatus, byWho));
        report.append(String.format("  latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                Traffic.percentileMillis(soak, 50), Traffic.percentileMillis(soak, 95),
                Traffic.percentileMillis(soak, 99), Traffic.percentileMillis(soak, 100)));
        for (String service : before.keySet()) {
            report.append(String.format("  %-16s before: %s; after: %s%n", service, before.get(service), after.get(service)));
        }
        System.out.print(report);
    }

    private static Supplier<String> admin() {
        return () -> Tokens.of(ADMIN_NORTHSIDE);
    }

    private static Supplier<String> frontDesk() {
        return () -> Tokens.of(FRONTDESK_NORTHSIDE);
    }

    private static Supplier<String> needling() {
        return () -> Tokens.of(NEEDLING_NORTHSIDE);
    }

    private static Supplier<String> massage() {
        return () -> Tokens.of(MASSAGE_NORTHSIDE);
    }

    private static Supplier<String> patientToken() {
        return () -> Tokens.of(PATIENT_NORTHSIDE);
    }
}
