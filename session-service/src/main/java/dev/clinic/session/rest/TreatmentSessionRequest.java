package dev.clinic.session.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.clinic.session.domain.MassageTechnique;
import dev.clinic.session.domain.Modality;
import dev.clinic.session.domain.SessionContent;
import dev.clinic.session.domain.SessionRules;
import dev.clinic.session.service.TreatmentSessionService.NewDraft;

/**
 * What a practitioner sends to start or replace a draft. Server-owned fields (id, status, the
 * practitioner, the signature, version, timestamps) are not part of it and are ignored when a
 * client sends back what it read.
 */
@Schema(name = "TreatmentSessionRequest", description = "A treatment session as its practitioner records it. From an "
        + "appointment (`appointmentId`), the patient, the modality, the massage technique and the default `startedAt` "
        + "come from booking-service; without one, `patientId`, `modality` and `startedAt` are required.")
@JsonIgnoreProperties({ "practitionerId" })
public record TreatmentSessionRequest(
        @Schema(description = "The appointment documented (booking-service's id): CHECKED_IN or COMPLETED, the "
                + "caller's own, not documented by another session yet. Cannot change once set.",
                examples = "3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b") UUID appointmentId,
        @Schema(description = "The patient treated (patient-service's id). Required without `appointmentId`; with one, "
                + "the appointment's patient or left out. Cannot change once set.",
                examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") UUID patientId,
        @Schema(description = "Required without `appointmentId`; with one, the appointment's modality or left out.",
                examples = "DRY_NEEDLING") Modality modality,
        @Schema(description = "Required when `modality` is MASSAGE, and only then.", examples = "MYOFASCIAL_RELEASE")
        MassageTechnique massageTechnique,
        @Schema(description = "Required without `appointmentId`; with one it defaults to the appointment's start.",
                examples = "2026-03-04T14:00:00Z") Instant startedAt,
        @Schema(description = "After `startedAt`; absent while the session is still running. Massage is billed by "
                + "the minutes from `startedAt` to `endedAt`.", examples = "2026-03-04T14:30:00Z") Instant endedAt,
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
                examples = "3") Integer painAfter,
        @Schema(description = "ICD-10-CM diagnosis codes, upper case with the dot (at most 12, none twice).",
                examples = "[\"G43.709\", \"M79.18\"]", maxItems = SessionRules.MAX_DIAGNOSIS_CODES)
        List<@Size(max = 10) String> diagnosisCodes,
        @Schema(description = "The lot number of the needles used (1–64 characters), for traceability.",
                examples = "LOT-2026-0412", maxLength = SessionRules.MAX_NEEDLE_LOT_LENGTH) String needleLot,
        @Valid @Schema(description = "What was checked and advised before the patient left; absent means nothing yet.")
        AftercareBody aftercare,
        @Valid @Schema(description = "Where needles went in (DRY_NEEDLING only; at most 50). At least one is needed "
                + "to sign a dry-needling session.", maxItems = SessionRules.MAX_NEEDLING_SITES)
        List<NeedlingSiteBody> needlingSites) {

    NewDraft draft() {
        return new NewDraft(appointmentId, patientId, new SessionContent(modality, massageTechnique, startedAt, endedAt,
                subjective, objective, assessment, plan, painBefore, painAfter, diagnosisCodes, needleLot,
                aftercare == null ? null : aftercare.toAftercare(),
                needlingSites == null ? null : needlingSites.stream()
                        .map(site -> site == null ? null : site.toSite()).toList()));
    }
}
