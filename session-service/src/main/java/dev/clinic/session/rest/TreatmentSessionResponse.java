package dev.clinic.session.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.session.domain.MassageTechnique;
import dev.clinic.session.domain.Modality;
import dev.clinic.session.domain.SessionStatus;
import dev.clinic.session.domain.TreatmentSession;

@Schema(name = "TreatmentSession", description = "A treatment session of the caller's clinic.")
public record TreatmentSessionResponse(
        @Schema(examples = "8d7c1f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f") UUID id,
        @Schema(description = "Row version; also the ETag.", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") UUID patientId,
        // For now the practitioner's login; it becomes booking-service's practitioner id once sessions
        // are linked to appointments.
        @Schema(description = "Who recorded the session: for now the `sub` of the practitioner's access token.",
                examples = "3f1c2b4a-9d8e-4f7a-b6c5-d4e3f2a1b0c9") String practitionerId,
        Modality modality,
        @Schema(nullable = true) MassageTechnique massageTechnique,
        Instant startedAt,
        @Schema(nullable = true) Instant endedAt,
        @Schema(description = "DRAFT until the practitioner signs the session.") SessionStatus status,
        @Schema(nullable = true) String subjective,
        @Schema(nullable = true) String objective,
        @Schema(nullable = true) String assessment,
        @Schema(nullable = true) String plan,
        @Schema(nullable = true, examples = "7") Integer painBefore,
        @Schema(nullable = true, examples = "3") Integer painAfter) {

    static TreatmentSessionResponse of(TreatmentSession s) {
        return new TreatmentSessionResponse(s.getId(), s.getVersion(), s.getCreatedAt(), s.getUpdatedAt(),
                s.getPatientId(), s.getPractitionerSubject(), s.getModality(), s.getMassageTechnique(),
                s.getStartedAt(), s.getEndedAt(), s.getStatus(), s.getSubjective(), s.getObjective(),
                s.getAssessment(), s.getPlan(), s.getPainBefore(), s.getPainAfter());
    }
}
