package dev.clinic.session.domain.clinical;

/**
 * The CPT codes the clinics bill. Acupuncture (97810–97814) is deliberately absent: dry needling is
 * not acupuncture and must never be billed as it, nor alongside 20560/20561.
 */
public enum CptCode {
    NEEDLE_INSERTION_1_OR_2_MUSCLES("20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)"),
    NEEDLE_INSERTION_3_OR_MORE_MUSCLES("20561", "Needle insertion(s) without injection(s); 3 or more muscles"),
    MASSAGE("97124", "Therapeutic procedure, 1 or more areas, each 15 minutes; massage"),
    MANUAL_THERAPY("97140", "Manual therapy techniques, 1 or more regions, each 15 minutes");

    private final String code;
    private final String display;

    CptCode(String code, String display) {
        this.code = code;
        this.display = display;
    }

    public String code() {
        return code;
    }

    public String display() {
        return display;
    }
}
