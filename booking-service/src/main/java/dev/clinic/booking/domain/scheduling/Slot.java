package dev.clinic.booking.domain.scheduling;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/** A bookable appointment time: {@code end} is start plus the duration (the buffer is not shown). */
public record Slot(UUID practitionerId, UUID locationId, Instant start, Instant end) {

    /**
     * By start, then practitioner, then location. Ids compare as their text, which is the order
     * PostgreSQL gives uuids, so the same slots always come out in the same order.
     */
    public static final Comparator<Slot> ORDER = Comparator.comparing(Slot::start)
            .thenComparing(slot -> slot.practitionerId().toString())
            .thenComparing(slot -> slot.locationId().toString());
}
