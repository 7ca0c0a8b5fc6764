package dev.clinic.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.clinic.systemtest.HostileClient.Answer;
import dev.clinic.systemtest.HostileClient.Case;
import dev.clinic.systemtest.HostileClient.Expectation;
import dev.clinic.systemtest.HostileOpenApi.Kind;
import dev.clinic.systemtest.HostileOpenApi.Operation;
import dev.clinic.systemtest.HostileOpenApi.Param;
import dev.clinic.systemtest.HostileOpenApi.Target;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 7, test 5: hostile input, generated from the merged OpenAPI document for every operation
 * in it, sent through the gateway with a token of a role that may call the operation (so the
 * request reaches validation) and aimed at real northside records.
 *
 * <p>Two kinds of property. The <b>refused</b> ones send input the API's rules forbid — wrong JSON
 * types, missing required fields, numbers out of range, 100 kB strings, 10,000-element arrays,
 * control characters, injection strings where only an id/date/enum/code fits, malformed JSON,
 * wrong content types, bad {@code limit}s, hostile query values, path ids and idempotency keys —
 * and demand a 4xx problem document every time, never a 5xx, and a database whose every row is
 * exactly as before the batch. The <b>accepted</b> one sends hostile-looking text that is valid
 * data (emoji, injection strings in names and notes) and demands that, when accepted, it is
 * stored and answered verbatim; it changes the database on purpose and so is not fingerprinted.
 *
 * <p>Each try of a property aims its generated value at every operation (and every field of it),
 * so every operation is covered in every try; jqwik reports the seed of a failing try. Shrinking
 * is off: a try is a batch of HTTP requests, and the failure report lists every broken answer.
 */
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Everything outside ASCII escaped as \\uXXXX, so lone surrogates reach the server as sent. */
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static HostileOpenApi api;
    private static HostileFixtures fixtures;
    private static HostileClient client;
    /** Body operations whose valid body the server accepted when the fixtures were made. */
    private static final Set<String> validBaseline = new HashSet<>();
    private static final Map<String, Integer> batches = new LinkedHashMap<>();
    private static long started;

    @BeforeContainer
    static void readTheDocumentAndMakeRecords() throws Exception {
        started = System.nanoTime();
        HttpResponse<String> document = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(StackConfig.gatewayUrl() + "/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).as("GET /openapi").isEqualTo(200);
        api = new HostileOpenApi(JSON.readTree(document.body()));
        assertThat(api.operations()).as("operations in the merged document").hasSizeGreaterThan(40);
        fixtures = HostileFixtures.create();
        client = new HostileClient();
        // The valid body of every create and replace, sent once: a hostile body is a mutation of a
        // body the server takes, so its refusal is the mutation's doing.
        List<Case> probes = new ArrayList<>();
        for (Operation op : api.operations()) {
            if (op.hasBody() && !HostileFixtures.isTransition(op)) {
                probes.add(jsonCase("valid body", op, fixtures.realPath(op), fixtures.validBody(op),
                        Expectation.mayBeAccepted()));
            }
        }
        List<Answer> probed = new ArrayList<>();
        for (Case probe : probes) {
            // one at a time: several replace the same record
            probed.addAll(client.send(List.of(probe)));
        }
        for (Answer answer : probed) {
            if (answer.status() >= 200 && answer.status() < 300) {
                validBaseline.add(answer.sent().operation());
            } else {
                fixtures.notes.add("no valid baseline for " + answer.sent().operation() + ": " + answer.status() + " "
                        + abbreviate(answer.body()));
            }
        }
        client.drain();
    }

    @AfterContainer
    static void report() {
        if (client == null) {
            return;
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("HostileInputIT: %d operations in the document, %d received hostile requests; %d requests "
                + "in %d s; batches %s%n", api.operations().size(), client.perOperation.size(), client.requests.get(),
                seconds, batches);
        api.operations().stream().filter(op -> !client.perOperation.containsKey(op.name()))
                .forEach(op -> System.out.println("HostileInputIT: nothing hostile to send to " + op.name()
                        + " (no parameter, no body)"));
        fixtures.notes.forEach(note -> System.out.println("HostileInputIT: " + note));
        client.close();
    }

    // ---------------------------------------------------------------- refused: bodies

    @Property(generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void wrongJsonTypesAreRefused(@ForAll("wrongTypes") String value) throws Exception {
        JsonNode hostile = JSON.readTree(value);
        List<Case> cases = new ArrayList<>();
        for (Operation op : bodyOperations()) {
            for (Target target : HostileOpenApi.targets(op.body())) {
                if (!acceptable(target.schema(), hostile, target.required())) {
                    cases.add(mutated("wrong type " + value, op, target, hostile));
                }
            }
            if (!hostile.isObject()) {
                cases.add(jsonCase("whole body " + value, op, fixtures.realPath(op), hostile, refusedBody(op)));
            }
        }
        refusedBatch("wrong JSON types", cases);
    }

    @Example
    void missingRequiredFieldsAreRefused() {
        List<Case> cases = new ArrayList<>();
        for (Operation op : bodyOperations()) {
            for (Target target : HostileOpenApi.targets(op.body())) {
                if (!target.required() || target.path().get(target.path().size() - 1) instanceof Integer) {
                    continue;
                }
                ObjectNode without = withParents(op, target);
                ObjectNode parent = (ObjectNode) nodeAt(without, target.path().subList(0, target.path().size() - 1));
                parent.remove(target.leafName());
                cases.add(jsonCase("without required " + target.describe(), op, fixtures.realPath(op), without,
                        refusedBody(op)));
                cases.add(mutated("required " + target.describe() + " null", op, target, NODES.nullNode()));
            }
            if (op.bodyRequired()) {
                cases.add(new Case("no body", op.name(), HostileFixtures.callerOf(op), op.method(),
                        fixtures.realPath(op), "application/json", new byte[0], Map.of(), refusedBody(op)));
                cases.add(jsonCase("body null", op, fixtures.realPath(op), NODES.nullNode(), refusedBody(op)));
            }
        }
        refusedBatch("missing required fields", cases);
    }

    @Property(tries = 4, shrinking = ShrinkingMode.OFF)
    void numbersOutOfRangeAreRefused(@ForAll @BigRange(min = "0.5", max = "1000000000000") BigDecimal excess) {
        List<Case> cases = new ArrayList<>();
        for (Operation op : bodyOperations()) {
            for (Target target : HostileOpenApi.targets(op.body())) {
                Kind kind = target.kind();
                if (kind != Kind.INTEGER && kind != Kind.NUMBER) {
                    continue;
                }
                BigDecimal step = kind == Kind.INTEGER ? excess.setScale(0, RoundingMode.CEILING) : excess;
                List<BigDecimal> values = new ArrayList<>();
                if (target.schema().has("maximum")) {
                    values.add(new BigDecimal(target.schema().get("maximum").asText()).add(step));
                }
                if (target.schema().has("minimum")) {
                    values.add(new BigDecimal(target.schema().get("minimum").asText()).subtract(step));
                }
                for (BigDecimal value : values) {
                    JsonNode node = kind == Kind.INTEGER ? NODES.numberNode(value.toBigInteger()) : NODES.numberNode(value);
                    if (!acceptable(target.schema(), node, target.required())) {
                        cases.add(mutated("out of range " + value.toPlainString(), op, target, node));
                    }
                }
            }
        }
        refusedBatch("numbers out of range", cases);
    }

    @Example
    void extremeNumbersAreRefused() {
        List<String> extremes = List.of("2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809",
                "123456789012345678901234567890", "1e309", "-1e309", "1e999999999", "-1e999999999", "1.5", "-0");
        List<Case> cases = new ArrayList<>();
        for (Operation op : bodyOperations()) {
            for (Target target : HostileOpenApi.targets(op.body())) {
                if (target.kind() != Kind.INTEGER && target.kind() != Kind.NUMBER) {
                    continue;
                }
                for (String extreme : extremes) {
                    BigDecimal value = new BigDecimal(extreme);
                    boolean integral = value.stripTrailingZeros().scale() <= 0 && !extreme.contains("e");
                    JsonNode node = integral ? NODES.numberNode(value.toBigIntegerExact()) : NODES.numberNode(value);
                    if (!HostileValues.inRange(target.schema(), value, target.kind() == Kind.INTEGER)) {
                        cases.add(rawNumberCase("extreme number " + extreme, op, target, extreme, node));
                    }
                }
            }
        }
        refusedBatch("extreme numbers", cases);
    }

    @Property(tries = 2, shrinking = ShrinkingMode.OFF)
    void hugeStringsAreRefused(@ForAll("hugeTexts") String huge) {
        List<Case> cases = new ArrayList<>();
        for (Operation op : bodyOperations()) {
            for (Target target : HostileOpenApi.targets(op.body())) {
                if (target.kind() == Kind.FREE_TEXT || target.kind() == Kind.STRUCTURED_TEXT) {
                    cases.add(mutated("string of " + huge.length() + " chars", op, target, NODES.textNode(huge)));
                }
            }
        }
        for (Operation op : api.operations()) {
            for (Param param : op.queryParams()) {
                // ASCII, so the request line stays within the HTTP layer's 4 KiB (see docs/security.md)
                String value = "a".repeat(2000);
                cases.add(queryCase("2000 characters", op, param, value, Expectation.refused(400)));
            }
        }
        refusedBatch("huge strings", cases);
    }

    @Example
    void everyStringAndArrayOfARequestHasADocumentedLimit() {
        List<String> unlimited = new ArrayList<>();
        for (Operation op : bodyOperations()) {
            for (Target target : HostileOpenApi.targets(op.body())) {
                JsonNode schema = target.schema();
                // ids, dates, times and enums have a fixed form; every other string has a documented bound
                boolean needsMaxLength = target.kind() == Kind.FREE_TEXT
                        || (target.kind() == Kind.STRUCTURED_TEXT && !schema.has("enum") && !schema.has("format"));
                if (needsMaxLength && !schema.has("maxLength")) {
                    unlimited.add(op.name() + " " + target.describe() + ": no maxLength");
                }
                if (target.kind() == Kind.ARRAY && !schema.has("maxItems")) {
                    unlimited.add(op.name() + " " + target.describe() + ": no maxItems");
                }
            }
        }
        assertThat(unlimited).as("request strings and arrays without a documented limit").isEmpty();
    }

    @Property(tries = 2, shrinking = ShrinkingMode.OFF)
    void hugeArraysAreRefused(@ForAll @IntRange(min = 10_000, max = 12_000) int size) {
        List<Case> cases = new ArrayList<>();
        for (Operation op : bodyOperations()) {
            for (Target target : HostileOpenApi.targets(op.body())) {
                if (target.kind() != Kind.ARRAY) {
                    continue;
                }
                JsonNode element = HostileOpenApi.example(target.schema().path("items"), target.leafName(),
                        fixtures.idsByProperty);
                if (element.isArray()) {
                    element = element.size() > 0 ? element.get(0) : NODES.textNode("x");
                }
                ArrayNode array = NODES.arrayNode();
                for (int i = 0; i < size; i++) {
                    array.add(element);
                }
                cases.add(mutated(size + "-element array", op, target, array, 400, 413));
            }
        }
        refusedBatch("huge arrays", cases);
    }

    @Property(tries = 8, shrinking = ShrinkingMode.OFF)
    void controlCharactersAreRefusedEverywhere(@ForAll("withControlCharacter") String text) {
        List<Case> cases = new ArrayList<>();
        for (Operation op : bodyOperations()) {
            for (Target target : HostileOpenApi.targets(op.body())) {
                if (target.kind() == Kind.FREE_TEXT || target.kind() == Kind.STRUCTURED_TEXT) {
                    cases.add(mutated("control character " + HostileValues.show(text), op, target, NODES.textNode(text)));
                }
            }
        }
        boolean urlSafe = text.chars().noneMatch(c -> Character.isSurrogate((char) c));
        if (urlSafe) {
            for (Operation op : api.operations()) {
                for (Param param : op.queryParams()) {
                    cases.add(queryCase("control character " + HostileValues.show(text), op, param, text,
                            Expectation.refused(400)));
                }
                for (Param param : op.pathParams()) {
                    cases.add(pathCase("path control character " + HostileValues.show(text), op, param, text));
                }
            }
        }
        refusedBatch("control characters", cases);
    }

    @Property(tries = 5, shrinking = ShrinkingMode.OFF)
    void injectionStringsAreRefusedWhereOnlyStructuredValuesFit(@ForAll("injections") String injection) {
        List<Case> cases = new ArrayList<>();
        JsonNode hostile = NODES.textNode(injection);
        for (Operation op : bodyOperations()) {
            for (Target target : HostileOpenApi.targets(op.body())) {
                if (!acceptable(target.schema(), hostile, target.required())) {
                    cases.add(mutated("injection " + injection, op, target, hostile));
                }
            }
        }
        for (Operation op : api.operations()) {
            for (Param param : op.queryParams()) {
                boolean invalid = HostileValues.textViolates(param.schema(), injection);
                cases.add(queryCase("injection " + injection, op, param, injection,
                        invalid ? Expectation.refused(400) : Expectation.mayBeAccepted()));
            }
            for (Param param : op.pathParams()) {
                cases.add(pathCase("path injection " + injection, op, param, injection));
            }
        }
        refusedBatch("injection strings", cases);
    }

    @Property(tries = 12, shrinking = ShrinkingMode.OFF)
    void malformedJsonIsRefused(@ForAll("malformations") Malformation malformation) throws Exception {
        List<Case> cases = new ArrayList<>();
        for (Operation op : bodyOperations()) {
            String valid = JSON.writeValueAsString(fixtures.validBody(op));
            cases.add(new Case("malformed JSON: " + malformation.name(), op.name(), HostileFixtures.callerOf(op),
                    op.method(), fixtures.realPath(op), "application/json", malformation.apply().apply(valid), Map.of(),
                    refusedBody(op)));
        }
        refusedBatch("malformed JSON", cases);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void wrongContentTypesAre415(@ForAll("contentTypes") String contentType) throws Exception {
        List<Case> cases = new ArrayList<>();
        for (Operation op : bodyOperations()) {
            byte[] valid = JSON.writeValueAsBytes(fixtures.validBody(op));
            cases.add(new Case("Content-Type " + contentType, op.name(), HostileFixtures.callerOf(op), op.method(),
                    fixtures.realPath(op), contentType.equals("(none)") ? null : contentType, valid, Map.of(),
                    Expectation.refused(415)));
        }
        refusedBatch("wrong content types", cases);
    }

    // ---------------------------------------------------------------- refused: parameters and headers

    @Property(generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void badLimitsAreRefused(@ForAll("badLimits") String limit) {
        List<Case> cases = new ArrayList<>();
        for (Operation op : api.operations()) {
            for (Param param : op.queryParams()) {
                if (param.name().equals("limit")) {
                    cases.add(queryCase("bad limit", op, param, limit, Expectation.refused(400)));
                }
            }
        }
        assertThat(cases).as("list operations with a limit").hasSizeGreaterThan(10);
        refusedBatch("bad limits", cases);
    }

    @Property(tries = 6, shrinking = ShrinkingMode.OFF)
    void hostilePathIdsAre404(@ForAll("pathIds") String id) {
        List<Case> cases = new ArrayList<>();
        for (Operation op : api.operations()) {
            for (Param param : op.pathParams()) {
                cases.add(pathCase("path id " + HostileValues.show(id), op, param, id));
            }
        }
        refusedBatch("hostile path ids", cases);
    }

    @Property(tries = 4, shrinking = ShrinkingMode.OFF)
    void badIdempotencyKeysAreRefused(@ForAll("idempotencyKeys") String key) {
        List<Case> cases = new ArrayList<>();
        for (Operation op : bodyOperations()) {
            boolean takesKey = op.params("header").stream().anyMatch(p -> p.name().equalsIgnoreCase("Idempotency-Key"));
            if (takesKey && validBaseline.contains(op.name())) {
                Case valid = jsonCase("Idempotency-Key " + HostileValues.show(key), op, fixtures.realPath(op),
                        fixtures.validBody(op), Expectation.refused(400));
                cases.add(new Case(valid.what(), valid.operation(), valid.user(), valid.method(), valid.pathAndQuery(),
                        valid.contentType(), valid.body(), Map.of("Idempotency-Key", key), valid.expectation()));
            }
        }
        assertThat(cases).as("creating operations that take an Idempotency-Key").isNotEmpty();
        refusedBatch("bad idempotency keys", cases);
    }

    // ---------------------------------------------------------------- accepted: valid but hostile-looking text

    /**
     * Emoji, scripts of other languages and injection strings are valid text in names and notes:
     * a replace that carries them is accepted (or refused by a business rule with a problem) and,
     * when accepted, answered and read back exactly as sent. This changes records on purpose, so
     * no fingerprint is taken here.
     */
    @Property(tries = 6, shrinking = ShrinkingMode.OFF)
    void hostileLookingTextIsStoredVerbatim(@ForAll("legitimateText") String text) throws Exception {
        List<Case> cases = new ArrayList<>();
        for (Operation op : bodyOperations()) {
            if (!op.method().equals("put") || !validBaseline.contains(op.name()) || op.path().equals("/api/v1/clinic")) {
                continue;
            }
            for (Target target : HostileOpenApi.targets(op.body())) {
                // overrideReason is for clinic admins only (403 for the front desk), existingLoginUsername for creates
                boolean ownRules = Set.of("overrideReason", "existingLoginUsername").contains(target.leafName());
                if (target.path().size() == 1 && !ownRules && HostileValues.isFreeText(target.schema())
                        && acceptable(target.schema(), NODES.textNode(text), target.required())) {
                    ObjectNode body = withParents(op, target);
                    set(body, target.path(), NODES.textNode(text));
                    cases.add(new Case("valid text " + target.describe() + "=" + HostileValues.show(text), op.name(),
                            HostileFixtures.callerOf(op), op.method(), fixtures.realPath(op), "application/json",
                            JSON.writeValueAsBytes(body), Map.of(), Expectation.mayBeAccepted()));
                }
            }
        }
        assertThat(cases).as("free-text fields of replace operations").hasSizeGreaterThan(10);
        int accepted = 0;
        List<String> altered = new ArrayList<>();
        // sequential: several cases replace the same record
        for (Case c : cases) {
            Answer answer = client.send(List.of(c)).get(0);
            if (answer.status() < 200 || answer.status() >= 300) {
                continue;
            }
            accepted++;
            String field = c.what().substring("valid text ".length(), c.what().indexOf('='));
            JsonNode answered = JSON.readTree(answer.body()).path(field);
            if (!answered.isMissingNode() && !answered.asText().equals(text)) {
                altered.add(c.what() + " answered as " + HostileValues.show(answered.asText()));
            }
            Answer read = client.send(List.of(new Case("read back " + c.what(), c.operation(), c.user(), "get",
                    c.pathAndQuery(), null, null, Map.of(), Expectation.mayBeAccepted()))).get(0);
            if (read.status() == 200) {
                JsonNode stored = JSON.readTree(read.body()).path(field);
                if (!stored.isMissingNode() && !stored.asText().equals(text)) {
                    altered.add(c.what() + " read back as " + HostileValues.show(stored.asText()));
                }
            }
        }
        batches.merge("valid hostile-looking text", cases.size(), Integer::sum);
        List<String> violations = client.drain();
        assertThat(violations).as("answers to valid hostile-looking text").isEmpty();
        assertThat(altered).as("hostile-looking text must be stored and answered verbatim").isEmpty();
        assertThat(accepted).as("replaces with %s accepted", HostileValues.show(text)).isGreaterThan(0);
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<String> wrongTypes() {
        return Arbitraries.of("\"text\"", "42", "2.5", "true", "[]", "{}", "[1,\"a\",null]", "{\"a\":{}}");
    }

    @Provide
    Arbitrary<String> hugeTexts() {
        return Combinators.combine(Arbitraries.of("a", "é", "😀", "' or 1=1 -- ", "x y"),
                Arbitraries.integers().between(100_000, 110_000))
                .as((unit, length) -> unit.repeat(length / unit.length() + 1));
    }

    @Provide
    Arbitrary<String> withControlCharacter() {
        Arbitrary<Character> forbidden = Arbitraries.of('\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b',
                '\u001f', '\u007f', '\ud800', '\udbff', '\udc00', '\udfff');
        Arbitrary<String> around = Arbitraries.strings().alpha().ofMaxLength(6);
        return Combinators.combine(around, forbidden, around).as((before, c, after) -> before + c + after);
    }

    @Provide
    Arbitrary<String> injections() {
        return Arbitraries.of(HostileValues.INJECTIONS);
    }

    @Provide
    Arbitrary<String> legitimateText() {
        Arbitrary<String> unusual = Arbitraries.of(HostileValues.EMOJI);
        return Arbitraries.oneOf(unusual, Arbitraries.of(HostileValues.INJECTIONS).filter(s -> !s.equals("%00")),
                Combinators.combine(Arbitraries.of(HostileValues.EMOJI), Arbitraries.of(HostileValues.INJECTIONS))
                        .as((e, i) -> e + " " + i));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/octet-stream", "text/html", "(none)");
    }

    @Provide
    Arbitrary<String> badLimits() {
        // (an empty ?limit= is the default limit, like an absent one)
        return Arbitraries.of("0", "-1", "201", "1000000", "2147483648", "-2147483649", "abc", "1.5", "1e3", "0x10",
                "50abc", "' or 1=1 --");
    }

    @Provide
    Arbitrary<String> pathIds() {
        return Arbitraries.oneOf(
                // (not "..": a dot-segment is removed by URL normalisation, /a/b/.. is /a, RFC 3986 5.2.4)
                Arbitraries.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
                        "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11x", "%2e%2e", "😀", "null", "-1", "1e309"),
                Arbitraries.integers().between(300, 1500).map("a"::repeat),
                Arbitraries.of(HostileValues.INJECTIONS));
    }

    @Provide
    Arbitrary<String> idempotencyKeys() {
        // The rule (API.md): 1 to 255 visible ASCII characters. Only keys that break it; a valid one would create.
        return Arbitraries.oneOf(Arbitraries.integers().between(256, 2000).map("k"::repeat),
                Arbitraries.of("a b", "' or 1=1 --", "<script> alert(1)</script>"))
                .filter(key -> !key.matches("[\\x21-\\x7e]{1,255}"));
    }

    /** A way to break a valid JSON body. */
    record Malformation(String name, Function<String, byte[]> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Provide
    Arbitrary<Malformation> malformations() {
        Arbitrary<Malformation> truncated = Arbitraries.doubles().between(0.05, 0.95).map(fraction -> new Malformation(
                "truncated at " + Math.round(fraction * 100) + "%",
                json -> json.substring(0, Math.max(1, (int) (json.length() * fraction))).getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Malformation> trailing = Arbitraries.of("x", "}", "{}", "]", "null", "<xml/>", "'; drop table patient; --")
                .map(garbage -> new Malformation("trailing " + garbage,
                        json -> (json + " " + garbage).getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Malformation> fixed = Arbitraries.of(
                new Malformation("not JSON", json -> "hello".getBytes(StandardCharsets.UTF_8)),
                new Malformation("XML", json -> "<patient><name>x</name></patient>".getBytes(StandardCharsets.UTF_8)),
                new Malformation("form data", json -> "a=1&b=2".getBytes(StandardCharsets.UTF_8)),
                new Malformation("empty", json -> new byte[0]),
                new Malformation("raw control character in a string",
                        json -> json.replaceFirst("\":\"", "\":\"\u0001").getBytes(StandardCharsets.UTF_8)),
                new Malformation("duplicate key", json -> {
                    int colon = json.indexOf(':');
                    int comma = json.indexOf(',');
                    String first = comma > 0 ? json.substring(1, comma) : json.substring(1, json.length() - 1);
                    return ("{" + first + "," + json.substring(1)).getBytes(StandardCharsets.UTF_8);
                }),
                new Malformation("trailing comma", json -> (json.substring(0, json.length() - 1) + ",}")
                        .getBytes(StandardCharsets.UTF_8)),
                new Malformation("single quotes", json -> json.replace('"', '\'').getBytes(StandardCharsets.UTF_8)),
                new Malformation("NaN", json -> json.replaceFirst("\\{", "{\"x\":NaN,").getBytes(StandardCharsets.UTF_8)),
                new Malformation("invalid UTF-8", json -> withBytes(json, new byte[] { (byte) 0xC3, (byte) 0x28 })),
                new Malformation("CESU-8 lone surrogate", json -> withBytes(json,
                        new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 })),
                new Malformation("nested 5,000 deep", json -> "[".repeat(5000).getBytes(StandardCharsets.UTF_8)),
                new Malformation("object nested 100,000 deep",
                        json -> "{\"a\":".repeat(100_000).getBytes(StandardCharsets.UTF_8)));
        return Arbitraries.oneOf(truncated, trailing, fixed);
    }

    /** The valid body with these raw bytes put at the start of its first string value. */
    private static byte[] withBytes(String json, byte[] raw) {
        int at = json.indexOf("\":\"");
        if (at < 0) {
            at = 0;
        } else {
            at += 3;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(json.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- building and sending

    private static List<Operation> bodyOperations() {
        return api.operations().stream().filter(Operation::hasBody).toList();
    }

    /** Sends a batch of requests that must all be refused, and checks nothing stored changed. */
    private static void refusedBatch(String name, List<Case> all) {
        List<Case> cases = all.stream().filter(java.util.Objects::nonNull).toList();
        assertThat(cases).as("hostile requests of %s", name).isNotEmpty();
        Map<String, String> before = Database.fingerprint();
        client.send(cases);
        batches.merge(name, cases.size(), Integer::sum);
        List<String> violations = new ArrayList<>(client.drain());
        try {
            Database.assertUnchangedSince(before, name);
        } catch (AssertionError e) {
            violations.add("stored data changed: " + e.getMessage());
        }
        assertThat(violations).as("%d hostile requests of %s", cases.size(), name).isEmpty();
    }

    /** The status a refused body must get: 400 when the unmutated body is accepted, else any 4xx. */
    private static Expectation refusedBody(Operation op) {
        return validBaseline.contains(op.name()) ? Expectation.refused(400) : Expectation.refused();
    }

    private static Case mutated(String what, Operation op, Target target, JsonNode value, Integer... statuses) {
        ObjectNode body = withParents(op, target);
        set(body, target.path(), value);
        Expectation expectation = statuses.length == 0 ? refusedBody(op)
                : validBaseline.contains(op.name()) ? Expectation.refused(statuses) : Expectation.refused();
        return jsonCase(what + " in " + target.describe(), op, fixtures.realPath(op), body, expectation);
    }

    /** A number written exactly as given (1e309 stays 1e309), in place of the target. */
    private static Case rawNumberCase(String what, Operation op, Target target, String literal, JsonNode placeholder) {
        ObjectNode body = withParents(op, target);
        String marker = "\"__hostile_number__\"";
        set(body, target.path(), NODES.textNode("__hostile_number__"));
        try {
            String json = ESCAPING.writeValueAsString(body).replace(marker, literal);
            return new Case(what + " in " + target.describe(), op.name(), HostileFixtures.callerOf(op), op.method(),
                    fixtures.realPath(op), "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of(),
                    refusedBody(op));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Case jsonCase(String what, Operation op, String path, JsonNode body, Expectation expectation) {
        try {
            byte[] bytes = ESCAPING.writeValueAsString(body).getBytes(StandardCharsets.US_ASCII);
            return new Case(op.name() + ": " + what, op.name(), HostileFixtures.callerOf(op), op.method(), path,
                    "application/json", bytes, Map.of(), expectation);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Case queryCase(String what, Operation op, Param param, String value, Expectation expectation) {
        String others = fixtures.requiredQuery(op, param.name());
        String path = fixtures.realPath(op) + "?" + (others.isEmpty() ? "" : others + "&") + encode(param.name()) + "="
                + encode(value);
        what = what + " in ?" + param.name() + "=" + HostileValues.show(value);
        byte[] body = null;
        String contentType = null;
        if (op.hasBody()) {
            try {
                body = JSON.writeValueAsBytes(fixtures.validBody(op));
                contentType = "application/json";
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (expectation.mayAccept() && !op.method().equals("get")) {
            // a harmless query value on a change would change something: only reads may accept it
            return null;
        }
        return new Case(op.name() + ": " + what, op.name(), HostileFixtures.callerOf(op), op.method(), path,
                contentType, body, Map.of(), expectation);
    }

    /** The rule for path parameters: a segment that names no record of its type is a 404, whatever it holds. */
    private static Case pathCase(String what, Operation op, Param param, String value) {
        String query = fixtures.requiredQuery(op, null);
        String path = fixtures.pathWith(op, param.name(), encode(value)) + (query.isEmpty() ? "" : "?" + query);
        byte[] body = null;
        String contentType = null;
        if (op.hasBody()) {
            try {
                body = JSON.writeValueAsBytes(fixtures.validBody(op));
                contentType = "application/json";
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return new Case(op.name() + ": " + what + " as {" + param.name() + "}", op.name(), HostileFixtures.callerOf(op),
                op.method(), path, contentType, body, Map.of(), Expectation.refused(404));
    }

    /** Percent-encodes every byte but the unreserved ones (RFC 3986). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** The valid body with every object and array on the way to the target present. */
    private static ObjectNode withParents(Operation op, Target target) {
        ObjectNode body = fixtures.validBody(op);
        JsonNode schema = op.body();
        JsonNode node = body;
        List<Object> path = target.path();
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            JsonNode childSchema = step instanceof Integer ? schema.path("items") : schema.path("properties").path((String) step);
            JsonNode child = step instanceof Integer ? node.path((Integer) step) : node.path((String) step);
            if (child.isMissingNode() || child.isNull()) {
                child = HostileOpenApi.kindOf(childSchema) == Kind.ARRAY ? NODES.arrayNode()
                        : HostileOpenApi.example(childSchema, String.valueOf(step), fixtures.idsByProperty);
                if (HostileOpenApi.kindOf(childSchema) == Kind.ARRAY) {
                    ((ArrayNode) child).add(HostileOpenApi.example(childSchema.path("items"), String.valueOf(step),
                            fixtures.idsByProperty));
                }
                if (step instanceof Integer) {
                    ((ArrayNode) node).add(child);
                } else {
                    ((ObjectNode) node).set((String) step, child);
                }
            }
            node = child;
            schema = childSchema;
        }
        return body;
    }

    private static JsonNode nodeAt(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node;
    }

    private static void set(ObjectNode body, List<Object> path, JsonNode value) {
        JsonNode parent = nodeAt(body, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ArrayNode array = (ArrayNode) parent;
            if (array.size() > index) {
                array.set(index, value);
            } else {
                array.add(value);
            }
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    /**
     * The test's oracle: whether the API's documented rules accept this JSON value in a place of
     * this schema (business rules aside, which can only refuse more).
     */
    static boolean acceptable(JsonNode schema, JsonNode value, boolean required) {
        Kind kind = HostileOpenApi.kindOf(schema);
        if (value.isNull()) {
            return !required;
        }
        if (kind == Kind.ANY) {
            return true;
        }
        if (value.isTextual()) {
            return (kind == Kind.FREE_TEXT || kind == Kind.STRUCTURED_TEXT)
                    && !HostileValues.textViolates(schema, value.asText());
        }
        if (value.isNumber()) {
            if (kind == Kind.INTEGER) {
                return value.isIntegralNumber() && HostileValues.inRange(schema, value.decimalValue(), true);
            }
            return kind == Kind.NUMBER && HostileValues.inRange(schema, value.decimalValue(), false);
        }
        if (value.isBoolean()) {
            return kind == Kind.BOOLEAN;
        }
        if (value.isArray()) {
            if (kind != Kind.ARRAY || (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt())) {
                return false;
            }
            for (JsonNode element : value) {
                if (!acceptable(schema.path("items"), element, true)) {
                    return false;
                }
            }
            return true;
        }
        if (value.isObject()) {
            if (kind != Kind.OBJECT) {
                return false;
            }
            for (JsonNode name : schema.path("required")) {
                if (!value.has(name.asText())) {
                    return false;
                }
            }
            var fields = value.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                JsonNode property = schema.path("properties").path(field.getKey());
                if (property.isMissingNode() || !acceptable(property, field.getValue(), false)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

}
