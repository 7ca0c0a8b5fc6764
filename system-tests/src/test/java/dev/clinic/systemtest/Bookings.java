package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.FRONTDESK_NORTHSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Northside's bookable things and a needling site, as several system tests need them. */
final class Bookings {

    private Bookings() {
    }

    /** The id of an active appointment type of northside with this modality. */
    static String activeType(String modality) {
        List<Map<String, Object>> types = Expect.status(Api.as(FRONTDESK_NORTHSIDE).queryParam("limit", 200)
                .get("/appointment-types"), 200, "appointment types").getList("items");
        return types.stream()
                .filter(t -> modality.equals(t.get("modality")) && Boolean.TRUE.equals(t.get("active")))
                .map(t -> (String) t.get("id")).findFirst().orElseThrow();
    }

    /** A free slot of the practitioner some weeks ahead, picked at random so runs do not compete. */
    static Map<String, String> someFreeSlot(String type, String practitioner) {
        Instant from = Instant.now().plus(20 + ThreadLocalRandom.current().nextInt(300), ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.DAYS);
        List<Map<String, String>> slots = Expect.status(Api.as(FRONTDESK_NORTHSIDE)
                .queryParam("appointmentTypeId", type).queryParam("practitionerId", practitioner)
                .queryParam("from", from.toString()).queryParam("to", from.plus(7, ChronoUnit.DAYS).toString())
                .get("/availability"), 200, "availability").getList("slots");
        assertThat(slots).as("free slots of the practitioner").isNotEmpty();
        return slots.get(ThreadLocalRandom.current().nextInt(slots.size()));
    }

    /** One valid needling site: a 0.25 × 30 mm needle, 15 mm deep, pistoning, with a twitch response. */
    static Map<String, Object> needlingSite(String muscle, String side) {
        Map<String, Object> site = new HashMap<>();
        site.put("muscle", muscle);
        site.put("side", side);
        site.put("needleCount", 1);
        site.put("needleDiameterMm", 0.25);
        site.put("needleLengthMm", 30);
        site.put("depthMm", 15);
        site.put("technique", "PISTONING");
        site.put("retentionSeconds", 60);
        site.put("localTwitchResponse", true);
        return site;
    }
}
