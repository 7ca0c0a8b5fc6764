package dev.clinic.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clinic.systemtest.ComposeFile.Mount;
import dev.clinic.systemtest.ComposeFile.PortMapping;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docker-compose.yml cannot be started on the build machines (no container engine), so this test
 * checks, in every build, what would otherwise only break on a user's machine: that the compose
 * file runs the same stack as {@code ./clinic up}, on the same ports, built from the modules'
 * Dockerfiles, started in dependency order, and wired to each other.
 */
class DockerComposeTest {

    /** The app services, their modules and the ports the launcher gives them. */
    enum AppService {
        GATEWAY("gateway", 8080, false),
        PATIENT("patient-service", 8081, true),
        SESSION("session-service", 8082, true),
        BOOKING("booking-service", 8083, true);

        final String module;
        final int port;
        final boolean hasDatabase;

        AppService(String module, int port, boolean hasDatabase) {
            this.module = module;
            this.port = port;
            this.hasDatabase = hasDatabase;
        }

        /** The compose service is named after its module. */
        String service() {
            return module;
        }
    }

    /** Inside the compose network the services reach Keycloak by its service name. */
    private static final String KEYCLOAK_IN_NETWORK = "http://keycloak:8180/realms/clinic";
    /** The issuer every client sees (docs/decisions.md, "Identity"). */
    private static final String ISSUER = "http://localhost:8180/realms/clinic";
    private static final Pattern SERVICE_URL = Pattern.compile("^[a-z]+://([A-Za-z0-9._-]+):(\\d+)(/.*)?$");

    private static Path root;
    private static ComposeFile compose;

    @BeforeAll
    static void readComposeFile() {
        root = repositoryRoot();
        compose = ComposeFile.read(root.resolve("docker-compose.yml"));
    }

    @Test
    void declaresTheWholeStack() {
        assertThat(compose.serviceNames()).containsExactlyInAnyOrder(
                "postgres", "keycloak", "gateway", "patient-service", "session-service", "booking-service");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "gateway, 8080",
        "patient-service, 8081",
        "session-service, 8082",
        "booking-service, 8083",
        "keycloak, 8180",
        "postgres, 5432"
    })
    void publishesTheLaunchersPort(String service, int port) {
        assertThat(compose.ports(service))
                .as("ports of %s", service)
                .contains(new PortMapping(port, port));
    }

    @ParameterizedTest
    @EnumSource(AppService.class)
    void isBuiltFromItsModulesDockerfile(AppService app) throws IOException {
        Path dockerfile = compose.dockerfile(app.service())
                .orElseThrow(() -> new AssertionError(app.service() + " has no build section"));

        assertThat(dockerfile).as("Dockerfile of %s", app.service())
                .isEqualTo(root.resolve(app.module).resolve("Dockerfile"))
                .isRegularFile();
        String content = Files.readString(dockerfile);
        // The Dockerfile builds from the repository root (parent pom, wrapper, platform).
        assertThat(compose.resolve(buildContext(app))).as("build context").isEqualTo(root);
        assertThat(content)
                .as("%s builds and runs its own module", dockerfile)
                .contains("-pl " + app.module + " ")
                .contains("/" + app.module + "/target/quarkus-app/")
                .containsPattern("(?m)^EXPOSE " + app.port + "$");
    }

    @ParameterizedTest
    @EnumSource(AppService.class)
    void isHealthyOnlyWhenReady(AppService app) {
        assertThat(compose.healthcheck(app.service()))
                .as("healthcheck of %s", app.service())
                .contains("/q/health/ready")
                .containsPattern("\\b" + app.port + "\\b");
    }

    @ParameterizedTest
    @EnumSource(AppService.class)
    void startsWhenWhatItNeedsIsHealthy(AppService app) {
        List<String> needs = app.hasDatabase
                ? List.of("postgres", "keycloak")
                : List.of("keycloak", "patient-service", "session-service", "booking-service");

        Map<String, String> dependsOn = compose.dependsOn(app.service());

        for (String need : needs) {
            assertThat(dependsOn).as("depends_on of %s", app.service()).contains(entry(need, "service_healthy"));
        }
        dependsOn.keySet().forEach(dependency -> assertThat(compose.healthcheck(dependency))
                .as("%s waits for %s to be healthy, so it needs a healthcheck", app.service(), dependency)
                .isNotBlank());
    }

    @Test
    void theGatewayTellsBrowsersTheRealmTheyCanReach() {
        assertThat(compose.environment("gateway"))
                .contains(entry("CLINIC_OIDC_PUBLIC_URL", "http://localhost:8180/realms/clinic"));
    }

    @ParameterizedTest
    @EnumSource(AppService.class)
    void isConfiguredForTheComposeNetwork(AppService app) {
        Map<String, String> environment = compose.environment(app.service());

        assertThat(environment).as("environment of %s", app.service()).contains(
                entry("QUARKUS_HTTP_PORT", String.valueOf(app.port)),
                // Reachable from the other containers, whatever the service's own default host.
                entry("QUARKUS_HTTP_HOST", "0.0.0.0"),
                entry("QUARKUS_OIDC_AUTH_SERVER_URL", KEYCLOAK_IN_NETWORK),
                entry("CLINIC_OIDC_URL", KEYCLOAK_IN_NETWORK));
        if (app.hasDatabase) {
            Map<String, String> postgres = compose.environment("postgres");
            assertThat(environment).as("database settings of %s", app.service()).contains(
                    entry("CLINIC_DB_URL", "jdbc:postgresql://postgres:5432"),
                    entry("CLINIC_DB_USER", postgres.getOrDefault("POSTGRES_USER", "postgres")),
                    entry("CLINIC_DB_PASSWORD", postgres.get("POSTGRES_PASSWORD")));
        }
    }

    @Test
    void gatewayRoutesToTheServicesInTheNetwork() {
        assertThat(compose.environment("gateway")).contains(
                entry("CLINIC_PATIENT_URL", "http://patient-service:8081"),
                entry("CLINIC_SESSION_URL", "http://session-service:8082"),
                entry("CLINIC_BOOKING_URL", "http://booking-service:8083"));
    }

    /** Any URL naming another compose service must use a service that exists, on its port. */
    @ParameterizedTest
    @EnumSource(AppService.class)
    void urlsPointAtDeclaredServicesAndTheirPorts(AppService app) {
        compose.environment(app.service()).forEach((name, value) -> {
            Matcher url = SERVICE_URL.matcher(value.replaceFirst("^jdbc:", ""));
            if (!url.matches() || url.group(1).equals("localhost")) {
                return;
            }
            String host = url.group(1);
            int port = Integer.parseInt(url.group(2));
            assertThat(compose.serviceNames()).as("%s of %s names a service", name, app.service()).contains(host);
            assertThat(compose.ports(host).stream().map(PortMapping::target))
                    .as("%s of %s uses a port %s listens on", name, app.service(), host)
                    .contains(port);
        });
    }

    @ParameterizedTest
    @EnumSource(AppService.class)
    void portMatchesTheServicesOwnConfiguration(AppService app) throws IOException {
        Properties properties = applicationProperties(app);
        // Quarkus listens on 8080 when nothing says otherwise.
        int configured = defaultValue(properties.getProperty("quarkus.http.port", "8080"));

        assertThat(configured)
                .as("quarkus.http.port in %s/src/main/resources/application.properties", app.module)
                .isEqualTo(app.port);
    }

    @ParameterizedTest
    @EnumSource(value = AppService.class, names = {"PATIENT", "SESSION", "BOOKING"})
    void databaseOfTheServiceIsCreatedByTheInitScript(AppService app) throws IOException {
        String database = databaseName(applicationProperties(app));
        assumeTrue(database != null, () -> app.module + " names no database yet");

        assertThat(initScript())
                .as("the init script creates %s, the database of %s", database, app.module)
                .containsPattern("(?i)CREATE DATABASE " + database + "\\b");
    }

    @Test
    void postgresCreatesEveryDatabaseWithBtreeGist() throws IOException {
        String script = initScript();

        for (String database : List.of("clinic_patients", "clinic_sessions", "clinic_bookings")) {
            assertThat(script).containsPattern("(?i)CREATE DATABASE " + database + "\\b");
            assertThat(script)
                    .as("btree_gist is created inside %s", database)
                    .containsPattern("(?is)\\\\c(onnect)? " + database
                            + "\\s*\\n(?:(?!\\\\c).)*CREATE EXTENSION IF NOT EXISTS btree_gist");
        }
        assertThat(compose.healthcheck("postgres")).contains("pg_isready");
    }

    @Test
    void keycloakImportsTheRealmFromTheRepository() throws IOException {
        assertThat(compose.service("keycloak").path("image").asText()).startsWith("quay.io/keycloak/keycloak:");
        assertThat(compose.command("keycloak")).contains("start-dev", "--import-realm", "--http-port=8180");

        Mount realm = compose.volumes("keycloak").stream()
                .filter(mount -> mount.target().startsWith("/opt/keycloak/data/import/"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no realm file mounted into /opt/keycloak/data/import/"));
        Path realmFile = compose.resolve(realm.source());
        assertThat(realmFile).isRegularFile();
        assertThat(new ObjectMapper().readTree(realmFile.toFile()).path("realm").asText()).isEqualTo("clinic");
    }

    /**
     * Clients on the host get tokens from localhost:8180, the services validate them after
     * fetching keys from keycloak:8180: a fixed front-end hostname keeps the issuer the same for
     * both, and dynamic back-channel URLs keep the key endpoint reachable inside the network.
     */
    @Test
    void keycloakIssuesTheIssuerTheServicesExpect() {
        Map<String, String> environment = compose.environment("keycloak");

        assertThat(environment.get("KC_HOSTNAME") + "/realms/clinic").isEqualTo(ISSUER);
        assertThat(environment).contains(
                entry("KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true"),
                entry("KC_HEALTH_ENABLED", "true"));
        assertThat(compose.healthcheck("keycloak"))
                .as("Keycloak serves health on its management port")
                .contains("/health/ready")
                .containsPattern("\\b9000\\b");
    }

    private static String buildContext(AppService app) {
        JsonNode build = compose.service(app.service()).path("build");
        return build.isTextual() ? build.asText() : build.path("context").asText(".");
    }

    private static String initScript() throws IOException {
        Mount init = compose.volumes("postgres").stream()
                .filter(mount -> mount.target().equals("/docker-entrypoint-initdb.d"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no init scripts mounted into /docker-entrypoint-initdb.d"));
        Path directory = compose.resolve(init.source());
        assertThat(directory).isDirectory();
        List<String> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                scripts.add(Files.readString(file));
            }
        }
        return String.join("\n", scripts);
    }

    /**
     * The platform builds the JDBC URL from CLINIC_DB_URL and the service's clinic.database; a
     * service may also spell its URL out. Null when neither names a database literally.
     */
    private static String databaseName(Properties properties) {
        String database = properties.getProperty("clinic.database");
        String jdbcUrl = properties.getProperty("quarkus.datasource.jdbc.url");
        if (database == null && jdbcUrl != null) {
            database = jdbcUrl.replaceFirst("\\?.*$", "").replaceFirst("^.*/", "");
        }
        return database != null && database.matches("\\w+") ? database : null;
    }

    private static Properties applicationProperties(AppService app) throws IOException {
        Path file = root.resolve(app.module).resolve("src/main/resources/application.properties");
        assumeTrue(Files.isRegularFile(file), () -> file + " does not exist yet");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    /** "8081", or the default of an expression such as "${PATIENT_PORT:8081}". */
    static int defaultValue(String value) {
        Matcher matcher = Pattern.compile("(\\d+)\\s*}*\\s*$").matcher(value.trim());
        if (!matcher.find()) {
            throw new AssertionError("not a port: " + value);
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** The directory of docker-compose.yml: clinic.root (set by surefire), else found upwards. */
    private static Path repositoryRoot() {
        String configured = System.getProperty("clinic.root");
        if (configured != null && Files.isRegularFile(Path.of(configured, "docker-compose.yml"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
                return dir.normalize();
            }
        }
        throw new AssertionError("docker-compose.yml not found above " + Path.of("").toAbsolutePath());
    }
}
