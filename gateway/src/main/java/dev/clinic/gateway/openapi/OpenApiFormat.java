package dev.clinic.gateway.openapi;

import java.io.ByteArrayInputStream;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import io.smallrye.openapi.api.constants.OpenApiConstants;
import io.smallrye.openapi.model.BaseModel;

/**
 * Reading, copying, filtering and writing OpenAPI documents with SmallRye OpenAPI's model: the
 * library that wrote the services' documents reads them back here, so nothing is lost on the way.
 * <p>
 * The builder runs with an empty configuration of its own: the gateway's {@code mp.openapi.*}
 * settings (title, servers, filters) must never leak into a service's document, and no class
 * path scanning happens.
 */
final class OpenApiFormat {

    /** A service document larger than this is refused (the largest is a few hundred kilobytes). */
    static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

    private static final Config EMPTY = new SmallRyeConfigBuilder()
            .withDefaultValue(OpenApiConstants.MAXIMUM_STATIC_FILE_SIZE, Integer.toString(MAX_DOCUMENT_BYTES))
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build();

    private OpenApiFormat() {
    }

    /** A service's document (JSON or YAML) as a model; refuses anything that is not an OpenAPI document. */
    static OpenAPI parse(byte[] document) {
        if (document.length > MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException("document of " + document.length + " bytes exceeds " + MAX_DOCUMENT_BYTES);
        }
        OpenAPI model = builder().withCustomStaticFile(() -> new ByteArrayInputStream(document)).build().model();
        if (model == null || model.getOpenapi() == null || model.getPaths() == null) {
            throw new IllegalArgumentException("not an OpenAPI document (no openapi version or paths)");
        }
        return model;
    }

    /** A deep copy: merging never changes a document that is kept as a service's last good one. */
    static OpenAPI copy(OpenAPI document) {
        return BaseModel.deepCopy(document, OpenAPI.class);
    }

    /** Runs {@code filter} over every object of {@code document}, in place. */
    static OpenAPI filter(OpenAPI document, OASFilter filter) {
        return builder().withInitialModel(document).addFilter(filter).build().model();
    }

    /**
     * JSON and YAML of the same model. The JSON is SmallRye's; the YAML is that same tree written by
     * Jackson with every string quoted. SmallRye's own YAML leaves strings plain where it can, and
     * YAML 1.1 readers (SnakeYAML, PyYAML) take a plain {@code 13:45:30.123456789} (the LocalTime
     * example) for a base-60 number and {@code 2022-03-10} for a date: the two formats would not
     * say the same.
     */
    static Rendered render(OpenAPI document) {
        String json = builder().withInitialModel(document).build().toJSON();
        try {
            return new Rendered(json, YAML.writeValueAsString(JSON.readTree(json)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the merged document does not convert to YAML", e);
        }
    }

    record Rendered(String json, String yaml) {
    }

    private static SmallRyeOpenAPI.Builder builder() {
        return SmallRyeOpenAPI.builder()
                .withConfig(EMPTY)
                .withApplicationClassLoader(OpenApiFormat.class.getClassLoader())
                .enableModelReader(false)
                .enableStandardStaticFiles(false)
                .enableAnnotationScan(false)
                .enableStandardFilter(false)
                .defaultRequiredProperties(false);
    }
}
