package dev.clinic.session.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.session.domain.clinical.Coding;

@Schema(name = "Coding", description = "A code from a code system, as FHIR writes one.")
public record CodingBody(
        @Schema(description = "SNOMED CT (`http://snomed.info/sct`) where the code is verified, else the clinic's "
                + "local system.", examples = "https://clinic.dev/fhir/CodeSystem/muscle") String system,
        @Schema(examples = "upper-trapezius") String code,
        @Schema(examples = "Upper trapezius") String display) {

    static CodingBody of(Coding coding) {
        return new CodingBody(coding.system(), coding.code(), coding.display());
    }
}
