package dev.clinic.session.domain.clinical;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.clinic.platform.problem.FieldError;

/**
 * One muscle needled in a dry-needling session. {@code needleCount} is per side: a BILATERAL site
 * of 2 needles put 4 needles in the patient.
 * <p>
 * Required: muscle, side, needleCount, technique. The needle's size, the depth and the retention
 * are recorded when the practitioner gives them and must then lie in the ranges of DOMAIN.md.
 *
 * @param needleDiameterMm 0.12–0.40, at most two decimals (needles are sold in such gauges; 0.25 typical)
 * @param needleLengthMm 13–100
 * @param depthMm 1–100, and not deeper than the needle is long (10–20 typical)
 * @param retentionSeconds 0–1800 (30–90 s, or up to 20 minutes)
 */
public record NeedlingSite(
        Muscle muscle,
        Side side,
        Integer needleCount,
        BigDecimal needleDiameterMm,
        Integer needleLengthMm,
        Integer depthMm,
        NeedlingTechnique technique,
        Integer retentionSeconds,
        boolean localTwitchResponse) {

    public static final int MIN_NEEDLE_COUNT = 1;
    public static final int MAX_NEEDLE_COUNT = 20;
    public static final BigDecimal MIN_DIAMETER_MM = new BigDecimal("0.12");
    public static final BigDecimal MAX_DIAMETER_MM = new BigDecimal("0.40");
    public static final int MIN_LENGTH_MM = 13;
    public static final int MAX_LENGTH_MM = 100;
    public static final int MIN_DEPTH_MM = 1;
    public static final int MAX_DEPTH_MM = 100;
    public static final int MIN_RETENTION_SECONDS = 0;
    public static final int MAX_RETENTION_SECONDS = 1800;

    /** Needles put in the patient at this site: needleCount on each side it names. */
    public int needlesInserted() {
        return needleCount == null ? 0 : needleCount * (side == null ? 1 : side.sides().size());
    }

    /**
     * Every value out of its range, each named by its path under {@code prefix} (for example
     * {@code needlingSites[0].needleCount}); empty when the site is valid.
     */
    public List<FieldError> violations(String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (muscle == null) {
            errors.add(new FieldError(prefix + ".muscle", "is required"));
        }
        if (side == null) {
            errors.add(new FieldError(prefix + ".side", "is required"));
        }
        if (needleCount == null) {
            errors.add(new FieldError(prefix + ".needleCount", "is required"));
        } else {
            range(errors, prefix + ".needleCount", needleCount, MIN_NEEDLE_COUNT, MAX_NEEDLE_COUNT);
        }
        if (needleDiameterMm != null) {
            if (needleDiameterMm.compareTo(MIN_DIAMETER_MM) < 0 || needleDiameterMm.compareTo(MAX_DIAMETER_MM) > 0) {
                errors.add(new FieldError(prefix + ".needleDiameterMm",
                        "must be between " + MIN_DIAMETER_MM + " and " + MAX_DIAMETER_MM));
            } else if (needleDiameterMm.stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError(prefix + ".needleDiameterMm", "must have at most two decimals"));
            }
        }
        if (needleLengthMm != null) {
            range(errors, prefix + ".needleLengthMm", needleLengthMm, MIN_LENGTH_MM, MAX_LENGTH_MM);
        }
        if (depthMm != null) {
            if (!range(errors, prefix + ".depthMm", depthMm, MIN_DEPTH_MM, MAX_DEPTH_MM)
                    && needleLengthMm != null && depthMm > needleLengthMm) {
                errors.add(new FieldError(prefix + ".depthMm", "must not exceed needleLengthMm (" + needleLengthMm + ")"));
            }
        }
        if (technique == null) {
            errors.add(new FieldError(prefix + ".technique", "is required"));
        }
        if (retentionSeconds != null) {
            range(errors, prefix + ".retentionSeconds", retentionSeconds, MIN_RETENTION_SECONDS, MAX_RETENTION_SECONDS);
        }
        return errors;
    }

    /** Adds an error when {@code value} is outside [min, max]; answers whether it did. */
    private static boolean range(List<FieldError> errors, String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.add(new FieldError(field, "must be between " + min + " and " + max));
            return true;
        }
        return false;
    }
}
