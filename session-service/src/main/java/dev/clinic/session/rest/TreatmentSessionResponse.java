package dev.clinic.session.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.session.domain.MassageTechnique;
import dev.clinic.session.domain.Modality;
import dev.clinic.session.domain.SessionStatus;
import dev.clinic.session.domain.TreatmentSession;

@Schema(name = "TreatmentSession", description = "A treatment session of the caller's clinic. A SIGNED session never "
        + "changes again; it grows only by amendments.")
public record TreatmentSessionResponse(
        @Schema(examples = "8d7c1f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f") UUID id,
        @Schema(description = "Row version; also the ETag.", examples = "0") long version,
        @Schema(examples = "2026-03-04T14:31:00Z") Instant createdAt,
        @Schema(description = "Moves with every change, including amendments and adverse events added.",
                examples = "2026-03-04T14:40:00Z") Instant updatedAt,
        @Schema(nullable = true, description = "The appointment documented (booking-service).",
                examples = "3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b") UUID appointmentId,
        @Schema(examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") UUID patientId,
        @Schema(nullable = true, description = "The practitioner who treated: booking-service's practitioner id "
                + "(null only on drafts recorded before sessions were linked to practitioners).",
                examples = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") UUID practitionerId,
        @Schema(examples = "DRY_NEEDLING") Modality modality,
        @Schema(nullable = true, examples = "MYOFASCIAL_RELEASE") MassageTechnique massageTechnique,
        @Schema(examples = "2026-03-04T14:00:00Z") Instant startedAt,
        @Schema(nullable = true, examples = "2026-03-04T14:30:00Z") Instant endedAt,
        @Schema(description = "DRAFT until the practitioner signs the session.", examples = "DRAFT") SessionStatus status,
        @Schema(nullable = true) String subjective,
        @Schema(nullable = true) String objective,
        @Schema(nullable = true) String assessment,
        @Schema(nullable = true) String plan,
        @Schema(nullable = true, examples = "7") Integer painBefore,
        @Schema(nullable = true, examples = "3") Integer painAfter,
        @Schema(description = "ICD-10-CM codes.", examples = "[\"G43.709\"]") List<String> diagnosisCodes,
        @Schema(nullable = true, examples = "LOT-2026-0412") String needleLot,
        AftercareBody aftercare,
        List<NeedlingSiteBody> needlingSites,
        @Schema(nullable = true, examples = "2026-03-04T14:45:00Z") Instant signedAt,
        @Schema(nullable = true, description = "The practitioner who signed (booking-service's id).",
                examples = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") UUID signedBy) {

    static TreatmentSessionResponse of(TreatmentSession s) {
        return new TreatmentSessionResponse(s.getId(), s.getVersion(), s.getCreatedAt(), s.getUpdatedAt(),
                s.getAppointmentId(), s.getPatientId(), s.getPractitionerId(), s.getModality(),
                s.getMassageTechnique(), s.getStartedAt(), s.getEndedAt(), s.getStatus(), s.getSubjective(),
                s.getObjective(), s.getAssessment(), s.getPlan(), s.getPainBefore(), s.getPainAfter(),
                s.getDiagnosisCodes(), s.getNeedleLot(), AftercareBody.of(s.getAftercare()),
                s.getNeedlingSites().stream().map(NeedlingSiteBody::of).toList(), s.getSignedAt(), s.getSignedBy());
    }
}
