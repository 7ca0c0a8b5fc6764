package dev.clinic.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How request bodies are read. Unknown properties are refused (a typo should not pass silently),
 * except the fields the server owns: a client may send back what it read (id, version,
 * timestamps, status...) and those values are ignored, never applied. Scalars are not coerced:
 * a number where text is expected (or text where a number or boolean is), a number where a boolean,
 * a date, an instant or an enum is expected (and a boolean where a number is) is a 400, not a guess.
 * A body is one JSON value: anything after it (a second object, garbage) is refused, and so is a
 * property named twice (which of the two would count is exactly what a parser differential
 * exploits). Every string is held to {@link SafeText}'s rule: no control characters, no unpaired
 * surrogates.
 */
@Singleton
public class StrictJsonInput implements ObjectMapperCustomizer {

    static final Set<String> IGNORED = Set.of("id", "clinicId", "version", "createdAt", "updatedAt", "archivedAt",
            "status", "signedAt", "signedBy", "createdBy", "keycloakUserId");

    /**
     * A value of a body that breaks a rule of this class (a character, a repeated item); the
     * problem mapper names its field and says why.
     */
    public static final class RefusedValueException extends InvalidFormatException {
        RefusedValueException(JsonParser parser, String reason, Class<?> type) {
            super(parser, reason, null, type);
        }

        /** What the client is told about the field (never the value itself). */
        public String reason() {
            return getOriginalMessage();
        }
    }

    /** Reads strings as Jackson does, then applies the character rule. */
    static final class SafeStringDeserializer extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws java.io.IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && !SafeText.isSafe(value)) {
                throw new RefusedValueException(parser, SafeText.describe(value), String.class);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /**
     * A JSON array read into a set must not repeat an item (the document says uniqueItems): else ten
     * thousand copies of one value would pass as a set of one, whatever its size limit.
     */
    static final class UniqueItems extends DelegatingDeserializer {
        UniqueItems(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegatee) {
            return new UniqueItems(delegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws java.io.IOException {
            if (!parser.isExpectedStartArrayToken()) {
                return super.deserialize(parser, context);
            }
            JsonNode items = context.readTree(parser);
            Set<JsonNode> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                if (!seen.add(items.get(i))) {
                    throw new RefusedValueException(parser, "must not list an item twice (item " + i
                            + " repeats an earlier one)", Set.class);
                }
            }
            JsonParser replay = items.traverse(parser.getCodec());
            replay.nextToken();
            return _delegatee.deserialize(replay, context);
        }
    }

    /**
     * Dates, times and instants only as ISO-8601 text: Jackson's own readers also take numbers
     * (42 as 1970-01-01T00:00:42Z, or as the 42nd day after the epoch), which no client means.
     * Wraps whichever reader the mapper has for the type (JavaTimeModule's), whatever the order
     * modules were registered in.
     */
    static final class TextOnly extends DelegatingDeserializer {
        static final Set<Class<?>> TYPES = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class,
                LocalDate.class, LocalTime.class, LocalDateTime.class);

        TextOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegatee) {
            return new TextOnly(delegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws java.io.IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            if (parser.getText().isBlank()) {
                // "" is not an absent date: leave the property out (or send null) for that
                return context.handleWeirdStringValue(handledType(), parser.getText(), "an empty date or time");
            }
            return _delegatee.deserialize(parser, context);
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        SimpleModule rules = new SimpleModule("clinic-strict-input");
        rules.addDeserializer(String.class, new SafeStringDeserializer());
        rules.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return TextOnly.TYPES.contains(description.getBeanClass()) ? new TextOnly(deserializer) : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return Set.class.isAssignableFrom(type.getRawClass()) ? new UniqueItems(deserializer) : deserializer;
            }
        });
        mapper.registerModule(rules);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        // true is not 1 and 42 is not true
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        // dates and instants are ISO-8601 text, never epoch numbers (42 is not 1970-01-01T00:00:42Z)
        mapper.setDefaultLeniency(Boolean.FALSE);
        mapper.coercionConfigFor(LogicalType.DateTime)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // an enum is one of its names, not an index
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.addHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                    JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws java.io.IOException {
                if (IGNORED.contains(propertyName)) {
                    parser.skipChildren();
                    return true;
                }
                return false;
            }
        });
    }
}
