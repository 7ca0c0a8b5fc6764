package dev.clinic.session.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import dev.clinic.session.domain.clinical.Muscle;
import dev.clinic.session.domain.clinical.NeedlingSite;
import dev.clinic.session.domain.clinical.NeedlingTechnique;
import dev.clinic.session.domain.clinical.Side;

/** A needling site as a row of its session (table needling_site); the rules live in {@link NeedlingSite}. */
@Embeddable
class RecordedNeedlingSite {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Muscle muscle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Side side;

    @Column(name = "needle_count", nullable = false)
    int needleCount;

    @Column(name = "needle_diameter_mm", precision = 3, scale = 2)
    BigDecimal needleDiameterMm;

    @Column(name = "needle_length_mm")
    Integer needleLengthMm;

    @Column(name = "depth_mm")
    Integer depthMm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    NeedlingTechnique technique;

    @Column(name = "retention_seconds")
    Integer retentionSeconds;

    @Column(name = "local_twitch_response", nullable = false)
    boolean localTwitchResponse;

    protected RecordedNeedlingSite() {
    }

    static RecordedNeedlingSite of(NeedlingSite site) {
        RecordedNeedlingSite row = new RecordedNeedlingSite();
        row.muscle = site.muscle();
        row.side = site.side();
        row.needleCount = site.needleCount();
        row.needleDiameterMm = site.needleDiameterMm() == null ? null : site.needleDiameterMm().setScale(2);
        row.needleLengthMm = site.needleLengthMm();
        row.depthMm = site.depthMm();
        row.technique = site.technique();
        row.retentionSeconds = site.retentionSeconds();
        row.localTwitchResponse = site.localTwitchResponse();
        return row;
    }

    NeedlingSite toSite() {
        return new NeedlingSite(muscle, side, needleCount, needleDiameterMm, needleLengthMm, depthMm, technique,
                retentionSeconds, localTwitchResponse);
    }
}
