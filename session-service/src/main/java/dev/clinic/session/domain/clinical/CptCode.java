package dev.clinic.session.domain.clinical;

/**
 * The CPT codes the clinics bill. Acupuncture (97810–97814) is deliberately absent: dry needling is
 * not acupuncture and must never be billed as it, nor alongside 20560/20561.
 */
public enum CptCode {
    NEEDLE_INSERTION_1_OR_2_MUSCLES("20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", false),
    NEEDLE_INSERTION_3_OR_MORE_MUSCLES("20561", "Needle insertion(s) without injection(s); 3 or more muscles", false),
    MASSAGE("97124", "Therapeutic procedure, 1 or more areas, each 15 minutes; massage", true),
    MANUAL_THERAPY("97140", "Manual therapy techniques, 1 or more regions, each 15 minutes", true);

    private final String code;
    private final String display;
    private final boolean timed;

    CptCode(String code, String display, boolean timed) {
        this.code = code;
        this.display = display;
        this.timed = timed;
    }

    public String code() {
        return code;
    }

    public String display() {
        return display;
    }

    /** Timed codes are billed in 15-minute units by the 8-minute rule; the others once per session. */
    public boolean timed() {
        return timed;
    }
}
