package dev.clinic.session.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.clinic.session.domain.clinical.Aftercare;
import dev.clinic.session.domain.clinical.NeedlingSite;
import dev.clinic.session.domain.clinical.SigningCheck;
import dev.clinic.session.domain.clinical.Sites;

/** Session content and sessions for the domain tests, without a database. */
final class Drafts {

    static final Instant START = Instant.parse("2026-03-04T14:00:00Z");
    /** The login that writes the drafts below: their owner. */
    static final String OWNER = "owner-login";
    static final UUID PRACTITIONER = UUID.fromString("7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
    static final SigningCheck PASSES = new SigningCheck(List.of(), List.of());

    private Drafts() {
    }

    static SessionContent content(Modality modality, MassageTechnique technique, Instant startedAt, Instant endedAt) {
        return new SessionContent(modality, technique, startedAt, endedAt, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** Dry needling from {@link #START} for 30 minutes, with sites as {@link Sites#parse} reads them. */
    static SessionContent dryNeedling(String sites, String subjective) {
        List<NeedlingSite> needled = Sites.parse(sites);
        return new SessionContent(Modality.DRY_NEEDLING, null, START, START.plusSeconds(1800), subjective, null, null,
                null, 7, 3, List.of("G43.709"), "LOT-1", new Aftercare(true, false, false, true), needled);
    }

    static TreatmentSession draft(SessionContent content) {
        return TreatmentSession.draft(null, UUID.randomUUID(), PRACTITIONER, OWNER, content);
    }

    static TreatmentSession signed() {
        TreatmentSession session = draft(dryNeedling("SUBOCCIPITALS:LEFT:1", "Headache."));
        session.sign(OWNER, PASSES, START.plusSeconds(3600));
        return session;
    }
}
