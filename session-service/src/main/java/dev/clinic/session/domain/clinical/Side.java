package dev.clinic.session.domain.clinical;

import java.util.List;

/** Where a muscle was needled: one side, or the same prescription on both. */
public enum Side {
    LEFT, RIGHT, BILATERAL;

    /** The single sides this stands for: BILATERAL is LEFT and RIGHT. */
    public List<Side> sides() {
        return this == BILATERAL ? List.of(LEFT, RIGHT) : List.of(this);
    }
}
