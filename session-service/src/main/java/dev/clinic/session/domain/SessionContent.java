package dev.clinic.session.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.clinic.session.domain.clinical.Aftercare;
import dev.clinic.session.domain.clinical.NeedlingSite;

/**
 * What the practitioner writes in a session: the treatment and its times, the SOAP note, the pain
 * scores, the diagnoses, what was needled with which lot, and the aftercare given.
 */
public record SessionContent(
        Modality modality,
        MassageTechnique massageTechnique,
        Instant startedAt,
        Instant endedAt,
        String subjective,
        String objective,
        String assessment,
        String plan,
        Integer painBefore,
        Integer painAfter,
        List<String> diagnosisCodes,
        String needleLot,
        Aftercare aftercare,
        List<NeedlingSite> needlingSites) {

    public SessionContent {
        // copies that keep a null element, so the rules can name it instead of failing on it
        diagnosisCodes = diagnosisCodes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(diagnosisCodes));
        needlingSites = needlingSites == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(needlingSites));
        aftercare = aftercare == null ? Aftercare.NONE : aftercare;
    }

    /** The same content with the treatment (from an appointment) filled in where it was left out. */
    public SessionContent withTreatment(Modality modality, MassageTechnique massageTechnique, Instant startedAt) {
        return new SessionContent(modality, massageTechnique, startedAt, endedAt, subjective, objective, assessment,
                plan, painBefore, painAfter, diagnosisCodes, needleLot, aftercare, needlingSites);
    }
}
