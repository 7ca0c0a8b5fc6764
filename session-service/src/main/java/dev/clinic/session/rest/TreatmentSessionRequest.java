package dev.clinic.session.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.session.domain.MassageTechnique;
import dev.clinic.session.domain.Modality;
import dev.clinic.session.domain.SessionContent;

/**
 * What a practitioner sends to record a session. Server-owned fields (id, status, the practitioner,
 * version, timestamps) are not part of it: the practitioner is whoever sends it.
 */
@Schema(name = "TreatmentSessionRequest", description = "A treatment session as its practitioner records it.")
public record TreatmentSessionRequest(
        @NotNull @Schema(description = "The patient treated (patient-service's id).",
                examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11", required = true) UUID patientId,
        @NotNull @Schema(examples = "MASSAGE", required = true) Modality modality,
        @Schema(description = "Required when `modality` is MASSAGE, and only then.", examples = "MYOFASCIAL_RELEASE")
        MassageTechnique massageTechnique,
        @NotNull @Schema(examples = "2026-03-04T14:00:00Z", required = true) Instant startedAt,
        @Schema(description = "After `startedAt`; absent while the session is still running.",
                examples = "2026-03-04T15:00:00Z") Instant endedAt,
        @Size(max = 10000) @Schema(description = "S of SOAP: what the patient reports.",
                examples = "Right-sided headache for 3 days, worse with screen work.") String subjective,
        @Size(max = 10000) @Schema(description = "O of SOAP: what the practitioner found.",
                examples = "Tender trigger points in right upper trapezius; cervical rotation limited.") String objective,
        @Size(max = 10000) @Schema(description = "A of SOAP: the practitioner's assessment.",
                examples = "Myofascial pain contributing to cervicogenic headache.") String assessment,
        @Size(max = 10000) @Schema(description = "P of SOAP: what happens next.",
                examples = "Weekly sessions for 4 weeks; keep the headache diary.") String plan,
        @Min(0) @Max(10) @Schema(description = "Pain before treatment, 0-10 numeric rating (LOINC 72514-3).",
                examples = "7") Integer painBefore,
        @Min(0) @Max(10) @Schema(description = "Pain after treatment, 0-10 numeric rating (LOINC 72514-3).",
                examples = "3") Integer painAfter) {

    SessionContent content() {
        return new SessionContent(modality, massageTechnique, startedAt, endedAt, subjective, objective, assessment,
                plan, painBefore, painAfter);
    }
}
