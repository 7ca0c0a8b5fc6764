package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.ADMIN_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.FRONTDESK_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.MASSAGE_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.NEEDLING_NORTHSIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Faults of the parts a service depends on: a stopped patient-service, and PostgreSQL going away
 * under traffic. A caller gets a fast 503 problem (with Retry-After, without a stack trace), never a
 * 500 and never a half-stored record; once the part is back, everything works again by itself.
 */
class FaultsIT {

    private static final Duration FAST = Duration.ofSeconds(2);

    @Test
    void withPatientServiceStoppedBookingAndSigningAnswer503FastAndStoreNothing() throws Exception {
        String patient = TestPatients.eligibleForNeedling();
        String practitioner = Expect.status(Api.as(NEEDLING_NORTHSIDE).get("/practitioners/me"), 200,
                "the demo practitioner").getString("id");
        String type = Bookings.activeType("DRY_NEEDLING");
        Map<String, String> slot = Bookings.someFreeSlot(type, practitioner);
        Map<String, Object> booking = Map.of("patientId", patient, "practitionerId", practitioner,
                "appointmentTypeId", type, "locationId", slot.get("locationId"), "start", slot.get("start"));
        String draft = Expect.created(Api.as(NEEDLING_NORTHSIDE).contentType(ContentType.JSON)
                .body(completeNeedlingDraft(patient)).post("/sessions"), "a complete dry-needling draft").getString("id");
        Tokens.of(FRONTDESK_NORTHSIDE);
        Tokens.of(NEEDLING_NORTHSIDE);
        Map<String, String> before = Database.fingerprint();

        Launcher.withServiceStopped("patient-service", () -> {
            assertFast503(() -> Api.as(FRONTDESK_NORTHSIDE).contentType(ContentType.JSON).body(booking)
                    .post("/appointments"), "booking dry needling");
            assertFast503(() -> Api.as(NEEDLING_NORTHSIDE).post("/sessions/" + draft + "/sign"),
                    "signing a dry-needling session");
            Database.assertUnchangedSince(before, "booking and signing while patient-service was down");
        });

        Database.assertUnchangedSince(before, "restarting patient-service");
        untilAnswered(201, "booking once patient-service is back",
                () -> Api.as(FRONTDESK_NORTHSIDE).contentType(ContentType.JSON).body(booking).post("/appointments"));
        untilAnswered(200, "signing once patient-service is back",
                () -> Api.as(NEEDLING_NORTHSIDE).post("/sessions/" + draft + "/sign"));
    }

    /**
     * A freshly started patient-service is ready but cold: its first answers can take longer than the
     * callers' 2-second timeout, which they answer with a 503 (and Retry-After). So "works again"
     * is: within 30 s, the request succeeds, and until then it gets nothing but 503 problems.
     */
    private static void untilAnswered(int status, String what, Supplier<Response> request) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int unavailable = 0;
        while (true) {
            Response answer = request.get();
            if (answer.statusCode() == status) {
                System.out.printf("FaultsIT: %s: %d after %d 503 answer(s)%n", what, status, unavailable);
                return;
            }
            Problems.assertProblem(answer, 503);
            unavailable++;
            assertThat(System.nanoTime()).as("%s within 30 s; last answer %s", what, answer.asString())
                    .isLessThan(deadline);
            Thread.sleep(1_000);
        }
    }

    /**
     * PostgreSQL stops under mixed reads and writes from four threads and starts again three seconds
     * later (a restart with an outage long enough to be seen). Meanwhile only 503 problems; after it
     * the pools replace their dead connections by themselves; every write answered 201 is there.
     */
    @Test
    void postgresRestartedUnderTrafficServicesRecoverByThemselvesAndLoseNothing() throws Exception {
        String version = postgresVersion();
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            patients.add(TestPatients.create(FRONTDESK_NORTHSIDE));
        }
        for (DemoUser user : List.of(FRONTDESK_NORTHSIDE, ADMIN_NORTHSIDE, MASSAGE_NORTHSIDE)) {
            Tokens.of(user);
        }
        Tokens.ehrSync();

        Traffic traffic = new Traffic();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(5);
        HealthWatch health = new HealthWatch(setting("CLINIC_PATIENT_URL", "http://localhost:8081") + "/q/health/ready");
        Instant stoppedAt;
        Instant startedAt;
        Instant recoveredAt;
        try {
            for (int t = 0; t < 4; t++) {
                threads.submit(() -> {
                    while (running.get()) {
                        oneMixedRequest(traffic, patients);
                    }
                    return null;
                });
            }
            threads.submit(() -> {
                while (running.get()) {
                    health.poll();
                    Thread.sleep(200);
                }
                return null;
            });
            Thread.sleep(4_000);
            stoppedAt = Instant.now();
            try {
                pgCtl(version, "stop", "-m", "fast");
                Thread.sleep(3_000);
                pgCtl(version, "start");
            } finally {
                ensurePostgresRunning(version);
            }
            startedAt = Instant.now();
            recoveredAt = awaitRecovery(traffic, startedAt.plusSeconds(30));
            Thread.sleep(5_000);
        } finally {
            running.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).as("traffic stopped").isTrue();
            ensurePostgresRunning(version);
        }

        List<Traffic.Call> calls = traffic.snapshot();
        long outageStart = toNanos(stoppedAt);
        List<Traffic.Call> beforeOutage = calls.stream().filter(c -> c.startedAtNanos() + c.nanos() < outageStart).toList();
        List<Traffic.Call> failed = calls.stream().filter(c -> !c.ok()).toList();
        System.out.printf("FaultsIT: %d calls, %d before the outage, %d not 2xx, recovered %d ms after PostgreSQL "
                + "was started; patient-service readiness seen: %s%n", calls.size(), beforeOutage.size(), failed.size(),
                Duration.between(startedAt, recoveredAt).toMillis(), health.seen);

        assertThat(beforeOutage).as("traffic before the outage").isNotEmpty().allMatch(Traffic.Call::ok);
        assertThat(failed).as("the outage was noticed by some request").isNotEmpty();
        assertThat(failed).as("every failed answer is a 503 problem with Retry-After and nothing internal")
                .allSatisfy(c -> {
                    assertThat(c.status()).as("%s", c).isEqualTo(503);
                    assertThat(c.contentType()).as("%s", c).startsWith(Problems.MEDIA_TYPE);
                    assertThat(c.retryAfter()).as("Retry-After of %s", c).isNotBlank();
                    Problems.assertNoInternals(c.body());
                });
        long recovered = toNanos(recoveredAt);
        assertThat(calls.stream().filter(c -> c.startedAtNanos() >= recovered).toList())
                .as("every request after recovery").isNotEmpty().allMatch(Traffic.Call::ok);
        assertThat(Duration.between(startedAt, recoveredAt)).as("recovery after PostgreSQL was back")
                .isLessThan(Duration.ofSeconds(30));
        assertThat(health.seen).as("patient-service readiness went DOWN with PostgreSQL and UP again")
                .contains(503, 200);
        assertThat(health.poll()).as("patient-service readiness now").isEqualTo(200);

        // Nothing committed is lost: every create answered 201 reads back.
        List<Traffic.Call> created = calls.stream().filter(c -> c.status() == 201).toList();
        assertThat(created).as("creates during the test").isNotEmpty();
        for (Traffic.Call create : created) {
            String location = create.path() + "/" + create.id();
            Supplier<String> token = tokenOf(create.who());
            Traffic.Call read = new Traffic().get(create.who(), token, location);
            assertThat(read.status()).as("%s answered 201; reading %s: %s", create, location, read).isEqualTo(200);
        }
    }

    /** One request of a mix of reads and writes on all three services. */
    private static void oneMixedRequest(Traffic traffic, List<String> patients) {
        String patient = patients.get(ThreadLocalRandom.current().nextInt(patients.size()));
        switch (ThreadLocalRandom.current().nextInt(6)) {
            case 0 -> traffic.get("frontdesk", tokenOf("frontdesk"), "/patients/" + patient);
            case 1 -> traffic.post("frontdesk", tokenOf("frontdesk"), "/patients", TestPatients.newPatient());
            case 2 -> traffic.post("admin", tokenOf("admin"), "/locations",
                    Map.of("name", "Faults IT " + ThreadLocalRandom.current().nextInt(1_000_000)));
            case 3 -> traffic.post("massage", tokenOf("massage"), "/sessions", Map.of("patientId", patient,
                    "modality", "MASSAGE", "massageTechnique", "SWEDISH",
                    "startedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
            case 4 -> traffic.get("ehr-sync", tokenOf("ehr-sync"), "/appointments?limit=5");
            default -> traffic.get("ehr-sync", tokenOf("ehr-sync"), "/sessions?limit=5");
        }
    }

    private static Supplier<String> tokenOf(String who) {
        return switch (who) {
            case "frontdesk" -> () -> Tokens.of(FRONTDESK_NORTHSIDE);
            case "admin" -> () -> Tokens.of(ADMIN_NORTHSIDE);
            case "massage" -> () -> Tokens.of(MASSAGE_NORTHSIDE);
            case "ehr-sync" -> Tokens::ehrSync;
            default -> throw new IllegalArgumentException(who);
        };
    }

    /**
     * The moment from which every request succeeded: waits for 40 successes in a row that began
     * after PostgreSQL was started again, and answers when the first of them began.
     */
    private static Instant awaitRecovery(Traffic traffic, Instant deadline) throws InterruptedException {
        long deadlineNanos = toNanos(deadline);
        while (System.nanoTime() < deadlineNanos) {
            List<Traffic.Call> calls = traffic.snapshot().stream()
                    .sorted((a, b) -> Long.compare(a.startedAtNanos(), b.startedAtNanos())).toList();
            int lastFailure = -1;
            for (int i = 0; i < calls.size(); i++) {
                if (!calls.get(i).ok()) {
                    lastFailure = i;
                }
            }
            if (calls.size() - lastFailure - 1 >= 40) {
                long first = calls.get(lastFailure + 1).startedAtNanos();
                return Instant.now().minusNanos(System.nanoTime() - first);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the services did not recover within 30 s after PostgreSQL was back; last calls: "
                + traffic.snapshot().stream().skip(Math.max(0, traffic.calls.size() - 10)).toList());
    }

    private static long toNanos(Instant instant) {
        return System.nanoTime() - Duration.between(instant, Instant.now()).toNanos();
    }

    private static void assertFast503(Supplier<Response> request, String what) {
        long started = System.nanoTime();
        Response answer = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Problems.assertProblem(answer, 503);
        assertThat(answer.header("Retry-After")).as("Retry-After of %s", what).isNotBlank();
        assertThat(took).as("time to the 503 of %s", what).isLessThan(FAST);
    }

    private static Map<String, Object> completeNeedlingDraft(String patient) {
        return Map.of("patientId", patient, "modality", "DRY_NEEDLING", "startedAt", Instant.now().toString(),
                "aftercare", Map.of("skinChecked", true),
                "needlingSites", List.of(Bookings.needlingSite("TEMPORALIS", "LEFT")));
    }

    // ---------------------------------------------------------------- PostgreSQL control

    /**
     * The Debian/Ubuntu cluster this stack uses (pg_ctlcluster, as root). Elsewhere (a private
     * cluster of ./clinic, a remote server) the test cannot restart PostgreSQL and is skipped.
     */
    private static String postgresVersion() throws Exception {
        File[] versions = new File("/etc/postgresql").listFiles(File::isDirectory);
        assumeThat(versions).as("a pg_ctlcluster-managed PostgreSQL (/etc/postgresql)").isNotNull().hasSize(1);
        assumeThat(Files.isExecutable(Path.of("/usr/bin/pg_ctlcluster"))).as("pg_ctlcluster").isTrue();
        assumeThat(System.getProperty("user.name")).as("root may restart PostgreSQL").isEqualTo("root");
        assumeThat(setting("CLINIC_DB_URL", "jdbc:postgresql://localhost:5432")).as("the stack uses the local cluster")
                .isEqualTo("jdbc:postgresql://localhost:5432");
        return versions[0].getName();
    }

    private static void pgCtl(String version, String action, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect"));
        command.addAll(List.of(options));
        command.addAll(List.of(version, "main", action));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        assertThat(process.exitValue()).as("%s exit code", command).isZero();
    }

    /** Whatever happened: PostgreSQL runs and accepts connections again (other tests and helpers need it). */
    private static void ensurePostgresRunning(String version) throws Exception {
        for (int attempt = 0; attempt < 60; attempt++) {
            if (pgIsReady()) {
                return;
            }
            if (attempt % 10 == 0) {
                new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start").inheritIO()
                        .start().waitFor(60, TimeUnit.SECONDS);
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("PostgreSQL did not come back; start it: pg_ctlcluster " + version + " main start");
    }

    private static boolean pgIsReady() throws Exception {
        Process ready = new ProcessBuilder("pg_isready", "-h", "localhost", "-p", "5432").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return ready.waitFor(10, TimeUnit.SECONDS) && ready.exitValue() == 0;
    }

    /** Polls a readiness URL and remembers every status it answered. */
    private static final class HealthWatch {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final URI uri;
        final Set<Integer> seen = ConcurrentHashMap.newKeySet();

        HealthWatch(String url) {
            this.uri = URI.create(url);
        }

        int poll() {
            try {
                int status = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                seen.add(status);
                return status;
            } catch (Exception e) {
                seen.add(0);
                return 0;
            }
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
