package dev.clinic.session.domain.clinical;

import java.time.Instant;
import java.util.List;

import dev.clinic.session.domain.MassageTechnique;
import dev.clinic.session.domain.Modality;

/** What billing needs to know of a session. */
public record BillingFacts(
        Modality modality,
        MassageTechnique massageTechnique,
        Instant startedAt,
        Instant endedAt,
        List<NeedlingSite> needlingSites) {

    public BillingFacts {
        needlingSites = needlingSites == null ? List.of() : List.copyOf(needlingSites);
    }
}
