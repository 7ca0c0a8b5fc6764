package dev.clinic.platform.web;

import java.util.Set;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies reject unknown properties (a typo should not pass silently), except the fields
 * the server owns: a client may send back what it read (id, version, timestamps, status...) and
 * those values are ignored, never applied.
 */
@Singleton
public class ServerOwnedFields implements ObjectMapperCustomizer {

    static final Set<String> IGNORED = Set.of("id", "clinicId", "version", "createdAt", "updatedAt", "archivedAt",
            "status", "signedAt", "signedBy", "createdBy", "keycloakUserId");

    @Override
    public void customize(ObjectMapper mapper) {
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
