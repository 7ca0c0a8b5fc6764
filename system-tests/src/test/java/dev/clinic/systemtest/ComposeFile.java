package dev.clinic.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A read-only view of docker-compose.yml that understands both the short and the long syntax
 * of the Compose specification for the attributes the tests look at.
 */
final class ComposeFile {

    record PortMapping(int published, int target) {
    }

    record Mount(String source, String target) {
    }

    private final Path directory;
    private final JsonNode root;

    private ComposeFile(Path file, JsonNode root) {
        this.directory = file.toAbsolutePath().getParent();
        this.root = root;
    }

    static ComposeFile read(Path file) {
        try {
            return new ComposeFile(file, new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Relative paths in a compose file are relative to the file's directory. */
    Path resolve(String path) {
        return directory.resolve(path).normalize();
    }

    Set<String> serviceNames() {
        Set<String> names = new TreeSet<>();
        root.path("services").properties().forEach(service -> names.add(service.getKey()));
        return names;
    }

    JsonNode service(String name) {
        JsonNode service = root.path("services").path(name);
        if (!service.isObject()) {
            throw new AssertionError("docker-compose.yml declares no service '" + name + "'");
        }
        return service;
    }

    /** "8080:8080", "127.0.0.1:8080:8080/tcp", 8080, or {target: 8080, published: "8080"}. */
    List<PortMapping> ports(String name) {
        List<PortMapping> mappings = new ArrayList<>();
        for (JsonNode port : service(name).path("ports")) {
            if (port.isObject()) {
                int target = port.path("target").asInt();
                String published = port.path("published").asText(String.valueOf(target));
                mappings.add(new PortMapping(Integer.parseInt(published), target));
            } else {
                String[] parts = port.asText().replaceFirst("/(tcp|udp)$", "").split(":");
                int target = Integer.parseInt(parts[parts.length - 1]);
                int published = parts.length > 1 ? Integer.parseInt(parts[parts.length - 2]) : target;
                mappings.add(new PortMapping(published, target));
            }
        }
        return mappings;
    }

    /** A map, or a list of KEY=VALUE strings. */
    Map<String, String> environment(String name) {
        Map<String, String> environment = new LinkedHashMap<>();
        JsonNode node = service(name).path("environment");
        if (node.isObject()) {
            node.properties().forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
        } else {
            for (JsonNode entry : node) {
                String[] keyValue = entry.asText().split("=", 2);
                environment.put(keyValue[0], keyValue.length > 1 ? keyValue[1] : "");
            }
        }
        return environment;
    }

    /** Dependency name to condition; the list form means service_started. */
    Map<String, String> dependsOn(String name) {
        Map<String, String> dependencies = new LinkedHashMap<>();
        JsonNode node = service(name).path("depends_on");
        if (node.isObject()) {
            node.properties().forEach(e ->
                    dependencies.put(e.getKey(), e.getValue().path("condition").asText("service_started")));
        } else {
            node.forEach(dependency -> dependencies.put(dependency.asText(), "service_started"));
        }
        return dependencies;
    }

    /** "./src:/target:ro" or {type: bind, source, target}. */
    List<Mount> volumes(String name) {
        List<Mount> mounts = new ArrayList<>();
        for (JsonNode volume : service(name).path("volumes")) {
            if (volume.isObject()) {
                mounts.add(new Mount(volume.path("source").asText(), volume.path("target").asText()));
            } else {
                String[] parts = volume.asText().split(":");
                mounts.add(new Mount(parts[0], parts.length > 1 ? parts[1] : parts[0]));
            }
        }
        return mounts;
    }

    /** The Dockerfile a service is built from, if it is built at all. */
    Optional<Path> dockerfile(String name) {
        JsonNode build = service(name).path("build");
        if (build.isMissingNode()) {
            return Optional.empty();
        }
        String context = build.isTextual() ? build.asText() : build.path("context").asText(".");
        String dockerfile = build.path("dockerfile").asText("Dockerfile");
        return Optional.of(resolve(context).resolve(dockerfile).normalize());
    }

    /** The healthcheck's test as one string, whatever form it was written in. */
    String healthcheck(String name) {
        JsonNode test = service(name).path("healthcheck").path("test");
        if (test.isArray()) {
            List<String> parts = new ArrayList<>();
            test.forEach(part -> parts.add(part.asText()));
            return String.join(" ", parts);
        }
        return test.asText();
    }

    /** The command as one string, whatever form it was written in. */
    String command(String name) {
        JsonNode command = service(name).path("command");
        if (command.isArray()) {
            List<String> parts = new ArrayList<>();
            command.forEach(part -> parts.add(part.asText()));
            return String.join(" ", parts);
        }
        return command.asText();
    }
}
