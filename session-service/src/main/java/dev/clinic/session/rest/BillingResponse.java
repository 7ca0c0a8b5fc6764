package dev.clinic.session.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.session.domain.SessionStatus;
import dev.clinic.session.domain.clinical.BillingLine;
import dev.clinic.session.service.TreatmentSessionService.Billed;

@Schema(name = "SessionBilling", description = "The CPT lines a session bills. Dry needling: 20560 for one or two "
        + "distinct muscles, 20561 for three or more (left and right are two muscles, BILATERAL counts both), one unit, "
        + "untimed. Massage: SWEDISH and NEUROMUSCULAR bill 97124, MYOFASCIAL_RELEASE and CRANIOSACRAL 97140, in units "
        + "by the 8-minute rule over endedAt − startedAt. Never an acupuncture code (97810–97814).")
public record BillingResponse(
        @Schema(examples = "8d7c1f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f") UUID sessionId,
        @Schema(examples = "SIGNED") SessionStatus sessionStatus,
        @Schema(description = "True once the session is signed: only a signed session is billed; a draft's lines may still "
                + "change.", examples = "true") boolean billable,
        @Schema(description = "Empty when nothing is billable yet (no needling site, no end time, under 8 minutes).")
        List<BillingLineBody> lines) {

    @Schema(name = "BillingLine")
    public record BillingLineBody(
            @Schema(examples = "20561") String code,
            @Schema(examples = "http://www.ama-assn.org/go/cpt") String system,
            @Schema(examples = "Needle insertion(s) without injection(s); 3 or more muscles") String display,
            @Schema(minimum = "1", examples = "1") int units) {

        static BillingLineBody of(BillingLine line) {
            return new BillingLineBody(line.code(), line.system(), line.display(), line.units());
        }
    }

    static BillingResponse of(Billed billed) {
        return new BillingResponse(billed.session().getId(), billed.session().getStatus(), billed.session().isSigned(),
                billed.lines().stream().map(BillingLineBody::of).toList());
    }
}
