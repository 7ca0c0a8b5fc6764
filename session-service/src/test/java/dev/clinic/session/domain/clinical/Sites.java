package dev.clinic.session.domain.clinical;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Needling sites for tests, written as {@code "UPPER_TRAPEZIUS:BILATERAL:2 SUBOCCIPITALS:LEFT:1"}. */
public final class Sites {

    private Sites() {
    }

    public static NeedlingSite site(Muscle muscle, Side side, int needles) {
        return new NeedlingSite(muscle, side, needles, new BigDecimal("0.25"), 30, 15, NeedlingTechnique.PISTONING,
                60, true);
    }

    /** Sites from "MUSCLE:SIDE:COUNT" words; a blank text is no site. */
    public static List<NeedlingSite> parse(String text) {
        List<NeedlingSite> sites = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return sites;
        }
        for (String word : text.trim().split("\\s+")) {
            String[] parts = word.split(":");
            sites.add(site(Muscle.valueOf(parts[0]), Side.valueOf(parts[1]),
                    parts.length > 2 ? Integer.parseInt(parts[2]) : 1));
        }
        return sites;
    }
}
