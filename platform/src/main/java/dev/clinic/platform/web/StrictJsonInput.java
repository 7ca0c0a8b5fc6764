package dev.clinic.platform.web;

import java.util.Set;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How request bodies are read. Unknown properties are refused (a typo should not pass silently),
 * except the fields the server owns: a client may send back what it read (id, version,
 * timestamps, status...) and those values are ignored, never applied. Scalars are not coerced:
 * a number where text is expected (or text where a number or boolean is) is a 400, not a guess.
 */
@Singleton
public class StrictJsonInput implements ObjectMapperCustomizer {

    static final Set<String> IGNORED = Set.of("id", "clinicId", "version", "createdAt", "updatedAt", "archivedAt",
            "status", "signedAt", "signedBy", "createdBy", "keycloakUserId");

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
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
