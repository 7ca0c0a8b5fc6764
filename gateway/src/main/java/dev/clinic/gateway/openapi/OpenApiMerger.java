package dev.clinic.gateway.openapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.callbacks.Callback;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.links.Link;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Discriminator;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Merges the services' OpenAPI documents into one, on SmallRye's OpenAPI model. The rules:
 * <ul>
 * <li><b>Paths</b>: a path is kept from the service the gateway routes it to (first segment under
 * {@code /api/v1}); a path the gateway would send elsewhere, or not route at all, cannot be called
 * through the gateway and is left out (and reported).</li>
 * <li><b>Components</b> (schemas, responses, parameters, examples, request bodies, headers, links,
 * callbacks, path items): one name with equal definitions is kept once. One name with different
 * definitions is a clash: every service's definition is kept under
 * {@code <ServiceName>_<name>} (e.g. {@code BookingService_Modality}) and that service's
 * {@code $ref}s are rewritten to it. Definitions are compared after the renames, so a schema that
 * refers to a clashing one clashes as well. Nothing is ever silently dropped.</li>
 * <li><b>Security schemes</b> are referred to by name, not {@code $ref}; the first service's
 * definition of a name is kept and a differing one is reported (the gateway's own schemes replace
 * them anyway, see {@link GatewayDocument}).</li>
 * <li><b>Shared paths</b>: a path that several services document identically (after the
 * component renames) is one operation of the API, answered by the gateway from all of them (the
 * audit log, {@code /api/v1/audit-events}): it is kept once, from the first service, and its
 * operationIds count once.</li>
 * <li><b>operationId</b>s must be unique: a duplicated one becomes {@code <serviceName>_<id>} in
 * every service that uses it.</li>
 * <li><b>Tags</b> are kept in service order, once per name.</li>
 * <li>A service's document-wide {@code security} moves onto its operations when the services do
 * not all declare the same.</li>
 * </ul>
 * Inputs are never modified.
 */
final class OpenApiMerger {

    /** One service's document. */
    record Source(String service, OpenAPI document) {
    }

    /** A component or operationId that clashed and was renamed in one service. */
    record Rename(String service, String kind, String from, String to) {
    }

    record Result(OpenAPI document, List<Rename> renames, List<String> problems) {
    }

    private OpenApiMerger() {
    }

    /**
     * @param sources the services' documents, in a fixed order (the order tags and paths appear in)
     * @param routedTo whether the gateway routes a path (template) to a service
     */
    static Result merge(List<Source> sources, BiPredicate<String, String> routedTo) {
        List<String> problems = new ArrayList<>();
        List<Source> reachable = new ArrayList<>();
        for (Source source : sources) {
            OpenAPI copy = OpenApiFormat.copy(source.document());
            dropUnroutedPaths(source.service(), copy, routedTo, problems);
            reachable.add(new Source(source.service(), copy));
        }

        Map<String, Map<String, String>> renames = componentRenames(reachable);
        List<Rename> renamed = new ArrayList<>();
        List<Source> rewritten = new ArrayList<>();
        for (Source source : reachable) {
            Map<String, String> refs = renames.getOrDefault(source.service(), Map.of());
            OpenAPI document = refs.isEmpty() ? source.document() : OpenApiFormat.filter(source.document(), new RefRewriter(refs));
            refs.forEach((from, to) -> renamed.add(new Rename(source.service(), Kind.of(from), Kind.name(from), Kind.name(to))));
            rewritten.add(new Source(source.service(), document));
        }

        OpenAPI merged = OASFactory.createOpenAPI().paths(OASFactory.createPaths());
        dropRepeatedPaths(rewritten);
        renamed.addAll(mergeOperations(rewritten, merged, problems));
        mergeComponents(rewritten, renames, merged, problems);
        mergeTags(rewritten, merged);
        mergeSecurity(rewritten, merged);
        return new Result(merged, List.copyOf(renamed), List.copyOf(problems));
    }

    private static void dropUnroutedPaths(String service, OpenAPI document, BiPredicate<String, String> routedTo,
            List<String> problems) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        for (String path : List.copyOf(document.getPaths().getPathItems().keySet())) {
            if (!routedTo.test(path, service)) {
                document.getPaths().removePathItem(path);
                problems.add(service + " documents " + path + ", which the gateway does not route to it");
            }
        }
    }

    // ---------------------------------------------------------------- components

    /** The component kinds that are referred to by {@code $ref} and can therefore be renamed. */
    private enum Kind {
        SCHEMAS("schemas", Components::getSchemas, (c, n, v) -> c.addSchema(n, (Schema) v)),
        RESPONSES("responses", Components::getResponses, (c, n, v) -> c.addResponse(n, (APIResponse) v)),
        PARAMETERS("parameters", Components::getParameters, (c, n, v) -> c.addParameter(n, (Parameter) v)),
        EXAMPLES("examples", Components::getExamples, (c, n, v) -> c.addExample(n, (Example) v)),
        REQUEST_BODIES("requestBodies", Components::getRequestBodies, (c, n, v) -> c.addRequestBody(n, (RequestBody) v)),
        HEADERS("headers", Components::getHeaders, (c, n, v) -> c.addHeader(n, (Header) v)),
        LINKS("links", Components::getLinks, (c, n, v) -> c.addLink(n, (Link) v)),
        CALLBACKS("callbacks", Components::getCallbacks, (c, n, v) -> c.addCallback(n, (Callback) v)),
        PATH_ITEMS("pathItems", Components::getPathItems, (c, n, v) -> c.addPathItem(n, (PathItem) v));

        private static final String PREFIX = "#/components/";

        final String key;
        private final Function<Components, Map<String, ?>> read;
        private final Adder add;

        Kind(String key, Function<Components, Map<String, ?>> read, Adder add) {
            this.key = key;
            this.read = read;
            this.add = add;
        }

        Map<String, ?> in(OpenAPI document) {
            Components components = document.getComponents();
            Map<String, ?> map = components == null ? null : read.apply(components);
            return map == null ? Map.of() : map;
        }

        String ref(String name) {
            return PREFIX + key + "/" + name;
        }

        static String of(String ref) {
            return ref.substring(PREFIX.length(), ref.lastIndexOf('/'));
        }

        static String name(String ref) {
            return ref.substring(ref.lastIndexOf('/') + 1);
        }

        @FunctionalInterface
        interface Adder {
            void add(Components components, String name, Object value);
        }
    }

    /**
     * Per service, the {@code $ref}s to rewrite: {@code #/components/schemas/Modality} →
     * {@code #/components/schemas/BookingService_Modality}. Found by comparing every shared name's
     * definitions, renaming what differs, and comparing again until nothing new clashes (a schema
     * equal in text but pointing at a renamed one is a different schema).
     */
    private static Map<String, Map<String, String>> componentRenames(List<Source> sources) {
        Map<Kind, Set<String>> clashing = new TreeMap<>();
        Map<Kind, Set<String>> taken = new HashMap<>();
        for (Kind kind : Kind.values()) {
            Set<String> names = new HashSet<>();
            sources.forEach(source -> names.addAll(kind.in(source.document()).keySet()));
            taken.put(kind, names);
        }
        Map<String, Map<String, String>> renames = Map.of();
        boolean grew = true;
        while (grew) {
            grew = false;
            renames = renamesFor(sources, clashing, taken);
            List<OpenAPI> normalised = new ArrayList<>();
            for (Source source : sources) {
                Map<String, String> refs = renames.getOrDefault(source.service(), Map.of());
                normalised.add(refs.isEmpty() ? source.document()
                        : OpenApiFormat.filter(OpenApiFormat.copy(source.document()), new RefRewriter(refs)));
            }
            for (Kind kind : Kind.values()) {
                Map<String, List<Object>> definitions = new TreeMap<>();
                for (OpenAPI document : normalised) {
                    kind.in(document).forEach((name, definition) -> definitions
                            .computeIfAbsent(name, n -> new ArrayList<>()).add(definition));
                }
                for (Map.Entry<String, List<Object>> entry : definitions.entrySet()) {
                    List<Object> defined = entry.getValue();
                    boolean differ = defined.stream().anyMatch(definition -> !Objects.equals(definition, defined.get(0)));
                    if (differ && clashing.computeIfAbsent(kind, k -> new TreeSet<>()).add(entry.getKey())) {
                        grew = true;
                    }
                }
            }
        }
        return renames;
    }

    private static Map<String, Map<String, String>> renamesFor(List<Source> sources, Map<Kind, Set<String>> clashing,
            Map<Kind, Set<String>> taken) {
        Map<String, Map<String, String>> renames = new HashMap<>();
        Map<Kind, Set<String>> used = new HashMap<>();
        taken.forEach((kind, names) -> used.put(kind, new HashSet<>(names)));
        clashing.forEach((kind, names) -> {
            for (String name : names) {
                for (Source source : sources) {
                    if (kind.in(source.document()).containsKey(name)) {
                        String renamed = free(pascal(source.service()) + "_" + name, used.get(kind));
                        renames.computeIfAbsent(source.service(), s -> new TreeMap<>()).put(kind.ref(name), kind.ref(renamed));
                    }
                }
            }
        });
        return renames;
    }

    private static String free(String candidate, Set<String> used) {
        String name = candidate;
        for (int n = 2; !used.add(name); n++) {
            name = candidate + "_" + n;
        }
        return name;
    }

    private static void mergeComponents(List<Source> sources, Map<String, Map<String, String>> renames, OpenAPI merged,
            List<String> problems) {
        Components components = OASFactory.createComponents();
        for (Kind kind : Kind.values()) {
            Map<String, Object> all = new TreeMap<>();
            for (Source source : sources) {
                Map<String, String> refs = renames.getOrDefault(source.service(), Map.of());
                kind.in(source.document()).forEach((name, definition) -> {
                    String target = Kind.name(refs.getOrDefault(kind.ref(name), kind.ref(name)));
                    all.putIfAbsent(target, definition);
                });
            }
            all.forEach((name, definition) -> kind.add.add(components, name, definition));
        }
        Map<String, SecurityScheme> schemes = new TreeMap<>();
        for (Source source : sources) {
            Components own = source.document().getComponents();
            if (own == null || own.getSecuritySchemes() == null) {
                continue;
            }
            own.getSecuritySchemes().forEach((name, scheme) -> {
                SecurityScheme kept = schemes.putIfAbsent(name, scheme);
                if (kept != null && !kept.equals(scheme)) {
                    problems.add(source.service() + " defines security scheme " + name
                            + " differently; the first definition is kept");
                }
            });
        }
        schemes.forEach(components::addSecurityScheme);
        merged.setComponents(components);
    }

    // ---------------------------------------------------------------- paths and operations

    /** A path documented alike by an earlier service is removed from the later ones (copies, see merge). */
    private static void dropRepeatedPaths(List<Source> sources) {
        Map<String, PathItem> first = new HashMap<>();
        for (Source source : sources) {
            for (String path : List.copyOf(pathItems(source.document()).keySet())) {
                PathItem item = source.document().getPaths().getPathItem(path);
                PathItem earlier = first.putIfAbsent(path, item);
                if (earlier != null && earlier.equals(item)) {
                    source.document().getPaths().removePathItem(path);
                }
            }
        }
    }

    private static List<Rename> mergeOperations(List<Source> sources, OpenAPI merged, List<String> problems) {
        Map<String, Integer> uses = new HashMap<>();
        forEachOperation(sources, (source, operation) -> {
            if (operation.getOperationId() != null) {
                uses.merge(operation.getOperationId(), 1, Integer::sum);
            }
        });
        List<Rename> renamed = new ArrayList<>();
        forEachOperation(sources, (source, operation) -> {
            String id = operation.getOperationId();
            if (id != null && uses.get(id) > 1) {
                String unique = camel(source.service()) + "_" + id;
                operation.setOperationId(unique);
                renamed.add(new Rename(source.service(), "operationId", id, unique));
            }
        });
        for (Source source : sources) {
            pathItems(source.document()).forEach((path, item) -> {
                if (merged.getPaths().hasPathItem(path)) {
                    problems.add(source.service() + " documents " + path + " as well; the first service's is kept");
                } else {
                    merged.getPaths().addPathItem(path, item);
                }
            });
        }
        return renamed;
    }

    private static void forEachOperation(List<Source> sources, OperationVisitor visitor) {
        for (Source source : sources) {
            for (PathItem item : pathItems(source.document()).values()) {
                if (item.getOperations() != null) {
                    item.getOperations().values().forEach(operation -> visitor.visit(source, operation));
                }
            }
        }
    }

    @FunctionalInterface
    private interface OperationVisitor {
        void visit(Source source, Operation operation);
    }

    static Map<String, PathItem> pathItems(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return Map.of();
        }
        return document.getPaths().getPathItems();
    }

    // ---------------------------------------------------------------- tags and security

    private static void mergeTags(List<Source> sources, OpenAPI merged) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Source source : sources) {
            if (source.document().getTags() != null) {
                source.document().getTags().forEach(tag -> tags.putIfAbsent(tag.getName(), tag));
            }
        }
        if (!tags.isEmpty()) {
            merged.setTags(new ArrayList<>(tags.values()));
        }
    }

    /**
     * The document-wide requirement stays document-wide when every service declares the same;
     * otherwise each service's own moves onto those of its operations that declare none.
     */
    private static void mergeSecurity(List<Source> sources, OpenAPI merged) {
        Set<List<SecurityRequirement>> distinct = new HashSet<>();
        sources.forEach(source -> distinct.add(security(source.document())));
        if (distinct.size() == 1) {
            List<SecurityRequirement> common = distinct.iterator().next();
            if (!common.isEmpty()) {
                merged.setSecurity(new ArrayList<>(common));
            }
            return;
        }
        forEachOperation(sources, (source, operation) -> {
            if (operation.getSecurity() == null) {
                operation.setSecurity(new ArrayList<>(security(source.document())));
            }
        });
    }

    private static List<SecurityRequirement> security(OpenAPI document) {
        return document.getSecurity() == null ? List.of() : Collections.unmodifiableList(document.getSecurity());
    }

    // ---------------------------------------------------------------- names

    /** {@code booking-service} → {@code BookingService}. */
    static String pascal(String service) {
        StringBuilder name = new StringBuilder();
        for (String part : service.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return name.toString();
    }

    /** {@code booking-service} → {@code bookingService}. */
    static String camel(String service) {
        String pascal = pascal(service);
        return pascal.isEmpty() ? pascal : pascal.substring(0, 1).toLowerCase(Locale.ROOT) + pascal.substring(1);
    }

    /** Rewrites {@code $ref}s (and discriminator mappings) by a map of whole references. */
    static final class RefRewriter implements OASFilter {

        private final Map<String, String> refs;

        RefRewriter(Map<String, String> refs) {
            this.refs = refs;
        }

        private String rewrite(String ref) {
            return ref == null ? null : refs.getOrDefault(ref, ref);
        }

        @Override
        public Schema filterSchema(Schema schema) {
            if (schema.getRef() != null) {
                schema.setRef(rewrite(schema.getRef()));
            }
            Discriminator discriminator = schema.getDiscriminator();
            if (discriminator != null && discriminator.getMapping() != null) {
                Map<String, String> mapping = new LinkedHashMap<>();
                discriminator.getMapping().forEach((value, ref) -> mapping.put(value, rewrite(ref)));
                discriminator.setMapping(mapping);
            }
            return schema;
        }

        @Override
        public APIResponse filterAPIResponse(APIResponse response) {
            if (response.getRef() != null) {
                response.setRef(rewrite(response.getRef()));
            }
            rewriteExamples(response.getContent());
            return response;
        }

        @Override
        public Parameter filterParameter(Parameter parameter) {
            if (parameter.getRef() != null) {
                parameter.setRef(rewrite(parameter.getRef()));
            }
            rewriteExamples(parameter.getExamples());
            rewriteExamples(parameter.getContent());
            return parameter;
        }

        @Override
        public Header filterHeader(Header header) {
            if (header.getRef() != null) {
                header.setRef(rewrite(header.getRef()));
            }
            rewriteExamples(header.getExamples());
            rewriteExamples(header.getContent());
            return header;
        }

        @Override
        public RequestBody filterRequestBody(RequestBody body) {
            if (body.getRef() != null) {
                body.setRef(rewrite(body.getRef()));
            }
            rewriteExamples(body.getContent());
            return body;
        }

        /** Examples have no filter method of their own: they are reached through their owners. */
        private void rewriteExamples(Map<String, Example> examples) {
            if (examples != null) {
                examples.values().stream().filter(example -> example.getRef() != null)
                        .forEach(example -> example.setRef(rewrite(example.getRef())));
            }
        }

        private void rewriteExamples(Content content) {
            if (content != null && content.getMediaTypes() != null) {
                content.getMediaTypes().values().forEach(mediaType -> rewriteExamples(mediaType.getExamples()));
            }
        }

        @Override
        public Link filterLink(Link link) {
            if (link.getRef() != null) {
                link.setRef(rewrite(link.getRef()));
            }
            return link;
        }

        @Override
        public Callback filterCallback(Callback callback) {
            if (callback.getRef() != null) {
                callback.setRef(rewrite(callback.getRef()));
            }
            return callback;
        }

        @Override
        public PathItem filterPathItem(PathItem item) {
            if (item.getRef() != null) {
                item.setRef(rewrite(item.getRef()));
            }
            return item;
        }
    }
}
