package dev.clinic.session.domain;

import java.time.Instant;

/** What the practitioner writes in a session: the treatment, its times, the SOAP note and the pain scores. */
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
        Integer painAfter) {
}
