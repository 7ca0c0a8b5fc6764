package dev.clinic.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The merged OpenAPI document read as what a hostile client needs: every operation, its parameters
 * and body schema with {@code $ref}s, nullable {@code anyOf}s and sibling keywords resolved, and
 * every place in a body a value can be put ({@link Target}).
 */
final class HostileOpenApi {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** How a value of a schema is read by the server. */
    enum Kind {
        /** Any text: names, notes. Emoji and injection-looking strings are valid data here. */
        FREE_TEXT,
        /** Text with a syntax: uuid, date, date-time, time, an enum or a strict pattern. */
        STRUCTURED_TEXT,
        INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT,
        /** No type declared (e.g. items of a oneOf of arrays). */
        ANY
    }

    /** One parameter of an operation (path, query or header). */
    record Param(String name, String in, JsonNode schema, boolean required, JsonNode example) {
        Kind kind() {
            return kindOf(schema);
        }
    }

    /** One operation of the document. {@code body} is the resolved request body schema or null. */
    record Operation(String method, String path, List<Param> params, JsonNode body, boolean bodyRequired) {

        String name() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        List<Param> params(String in) {
            return params.stream().filter(p -> p.in().equals(in)).toList();
        }

        List<Param> pathParams() {
            return params("path");
        }

        List<Param> queryParams() {
            return params("query");
        }

        boolean hasBody() {
            return body != null;
        }

        /** The first path segment under /api/v1: which resource family (and service) it is. */
        String family() {
            String rest = path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()) : path;
            int slash = rest.indexOf('/');
            return slash < 0 ? rest : rest.substring(0, slash);
        }
    }

    /**
     * A place in a request body: a path of property names and array indexes, its schema, and
     * whether the enclosing object requires it.
     */
    record Target(List<Object> path, JsonNode schema, boolean required) {
        Kind kind() {
            return kindOf(schema);
        }

        String describe() {
            StringBuilder out = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer index) {
                    out.append('[').append(index).append(']');
                } else {
                    if (!out.isEmpty()) {
                        out.append('.');
                    }
                    out.append(step);
                }
            }
            return out.isEmpty() ? "(body)" : out.toString();
        }

        String leafName() {
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i) instanceof String name) {
                    return name;
                }
            }
            return "";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    HostileOpenApi(JsonNode document) {
        this.document = document;
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            List<Param> params = new ArrayList<>();
            for (JsonNode param : iterable(path.getValue().path("parameters"))) {
                params.add(param(param));
            }
            for (JsonNode param : iterable(operation.path("parameters"))) {
                params.add(param(param));
            }
            JsonNode content = operation.path("requestBody").path("content");
            JsonNode body = null;
            if (content.has("application/json")) {
                body = resolve(content.path("application/json").path("schema"));
            }
            operations.add(new Operation(entry.getKey(), path.getKey(), List.copyOf(params), body,
                    operation.path("requestBody").path("required").asBoolean(false)));
        }));
    }

    List<Operation> operations() {
        return operations;
    }

    private Param param(JsonNode param) {
        JsonNode resolved = param.has("$ref") ? resolve(param) : param;
        return new Param(resolved.path("name").asText(), resolved.path("in").asText(), resolve(resolved.path("schema")),
                resolved.path("required").asBoolean(false), resolved.path("example"));
    }

    /**
     * The schema with every {@code $ref} replaced by its target (keywords next to the {@code $ref}
     * win), a nullable {@code anyOf/oneOf [X, null]} replaced by X, and properties and items
     * resolved the same way.
     */
    JsonNode resolve(JsonNode schema) {
        return resolve(schema, 0);
    }

    private JsonNode resolve(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || !schema.isObject() || depth > 12) {
            return schema;
        }
        ObjectNode out = JSON.createObjectNode();
        if (schema.has("$ref")) {
            JsonNode target = refTarget(schema.get("$ref").asText());
            if (target != null) {
                out.setAll((ObjectNode) resolve(target, depth + 1));
            }
        }
        for (String union : List.of("anyOf", "oneOf")) {
            if (schema.has(union)) {
                List<JsonNode> nonNull = new ArrayList<>();
                for (JsonNode option : schema.get(union)) {
                    if (!"null".equals(option.path("type").asText())) {
                        nonNull.add(option);
                    } else {
                        out.put("nullable", true);
                    }
                }
                if (nonNull.size() == 1) {
                    out.setAll((ObjectNode) resolve(nonNull.get(0), depth + 1));
                }
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            switch (field.getKey()) {
                case "$ref", "anyOf", "oneOf" -> {
                }
                case "properties" -> {
                    ObjectNode properties = JSON.createObjectNode();
                    field.getValue().properties().forEach(p -> properties.set(p.getKey(), resolve(p.getValue(), depth + 1)));
                    out.set("properties", properties);
                }
                case "items" -> out.set("items", resolve(field.getValue(), depth + 1));
                case "type" -> {
                    // OpenAPI 3.1 allows ["string", "null"]
                    if (field.getValue().isArray()) {
                        for (JsonNode type : field.getValue()) {
                            if (type.asText().equals("null")) {
                                out.put("nullable", true);
                            } else {
                                out.put("type", type.asText());
                            }
                        }
                    } else {
                        out.set("type", field.getValue());
                    }
                }
                default -> out.set(field.getKey(), field.getValue());
            }
        }
        return out;
    }

    private JsonNode refTarget(String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        JsonNode node = document;
        for (String step : ref.substring(2).split("/")) {
            node = node.path(step.replace("~1", "/").replace("~0", "~"));
        }
        return node.isMissingNode() ? null : node;
    }

    private static final Pattern NOT_BLANK = Pattern.compile("\\\\S|\\.\\*\\\\S\\.\\*|\\^\\.\\*\\\\S\\.\\*\\$");

    static Kind kindOf(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return Kind.ANY;
        }
        String type = schema.path("type").asText("");
        if (type.isEmpty()) {
            if (schema.has("properties")) {
                return Kind.OBJECT;
            }
            if (schema.has("items")) {
                return Kind.ARRAY;
            }
            if (schema.has("enum")) {
                return Kind.STRUCTURED_TEXT;
            }
            return Kind.ANY;
        }
        return switch (type) {
            case "string" -> {
                String format = schema.path("format").asText("");
                String pattern = schema.path("pattern").asText("");
                boolean structured = schema.has("enum") || !format.isEmpty()
                        || (!pattern.isEmpty() && !NOT_BLANK.matcher(pattern).matches());
                yield structured ? Kind.STRUCTURED_TEXT : Kind.FREE_TEXT;
            }
            case "integer" -> Kind.INTEGER;
            case "number" -> Kind.NUMBER;
            case "boolean" -> Kind.BOOLEAN;
            case "array" -> Kind.ARRAY;
            case "object" -> Kind.OBJECT;
            default -> Kind.ANY;
        };
    }

    /** Whether a schema is read-only (answered, never taken from a request). */
    static boolean readOnly(JsonNode schema) {
        return schema.path("readOnly").asBoolean(false);
    }

    /**
     * Every place in a body of this schema, two levels deep: each property; inside an object
     * property, each of its properties; inside an array, its first element and that element's
     * properties. Read-only properties are left out.
     */
    static List<Target> targets(JsonNode body) {
        List<Target> targets = new ArrayList<>();
        collect(body, new ArrayList<>(), targets, 0);
        return targets;
    }

    private static void collect(JsonNode schema, List<Object> at, List<Target> targets, int depth) {
        if (depth > 2) {
            return;
        }
        Kind kind = kindOf(schema);
        if (kind == Kind.OBJECT) {
            Set<String> required = new LinkedHashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            schema.path("properties").properties().forEach(property -> {
                if (readOnly(property.getValue())) {
                    return;
                }
                List<Object> path = new ArrayList<>(at);
                path.add(property.getKey());
                targets.add(new Target(List.copyOf(path), property.getValue(), required.contains(property.getKey())));
                collect(property.getValue(), path, targets, depth + 1);
            });
        } else if (kind == Kind.ARRAY && !at.isEmpty()) {
            JsonNode items = schema.path("items");
            List<Object> path = new ArrayList<>(at);
            path.add(0);
            targets.add(new Target(List.copyOf(path), items, true));
            collect(items, path, targets, depth + 1);
        }
    }

    /** A value the schema accepts, from its examples or its type (ids come from {@code ids}). */
    static JsonNode example(JsonNode schema, String name, Map<String, String> ids) {
        Kind kind = kindOf(schema);
        String format = schema.path("format").asText("");
        if (format.equals("uuid") && ids.containsKey(name)) {
            return JSON.getNodeFactory().textNode(ids.get(name));
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            JsonNode example = firstExample(schema);
            return example != null ? example : schema.get("enum").get(0);
        }
        JsonNode example = firstExample(schema);
        if (example != null && !(kind == Kind.OBJECT)) {
            if (kind == Kind.ARRAY && example.isArray()) {
                return example;
            }
            if (kind != Kind.ARRAY) {
                return example;
            }
        }
        return switch (kind) {
            case FREE_TEXT -> JSON.getNodeFactory().textNode("Hostile test value");
            case STRUCTURED_TEXT -> JSON.getNodeFactory().textNode(switch (format) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> LocalDate.now().minusDays(7).toString();
                case "date-time" -> Instant.now().minusSeconds(3600).toString();
                case "time", "local-time" -> LocalTime.of(9, 0).toString();
                default -> "x";
            });
            case INTEGER -> JSON.getNodeFactory().numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case NUMBER -> JSON.getNodeFactory().numberNode(
                    schema.has("minimum") ? new BigDecimal(schema.get("minimum").asText()) : BigDecimal.ONE);
            case BOOLEAN -> JSON.getNodeFactory().booleanNode(false);
            case ARRAY -> {
                ArrayNode array = JSON.createArrayNode();
                array.add(example(schema.path("items"), name, ids));
                yield array;
            }
            case OBJECT -> requiredOnly(schema, ids);
            case ANY -> JSON.getNodeFactory().textNode("x");
        };
    }

    /** An object with only its required properties, each an example value. */
    static ObjectNode requiredOnly(JsonNode schema, Map<String, String> ids) {
        ObjectNode object = JSON.createObjectNode();
        for (JsonNode required : schema.path("required")) {
            JsonNode property = schema.path("properties").path(required.asText());
            object.set(required.asText(), example(property, required.asText(), ids));
        }
        return object;
    }

    private static JsonNode firstExample(JsonNode schema) {
        if (schema.has("examples") && schema.get("examples").isArray() && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        return null;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node == null || !node.isArray() ? List.of() : node::elements;
    }
}
