package dev.clinic.patient.domain;

import java.time.LocalDate;
import java.util.List;

/** Everything about a patient that a client states, as opposed to what the server keeps (id, version, archive). */
public record Demographics(String givenName, String familyName, String preferredName, LocalDate birthDate, Sex sex,
        String email, String phone, Address address, EmergencyContact emergencyContact, List<ExternalId> externalIds) {

    public Demographics {
        externalIds = externalIds == null ? List.of() : List.copyOf(externalIds);
    }

    public Demographics withExternalIds(List<ExternalId> ids) {
        return new Demographics(givenName, familyName, preferredName, birthDate, sex, email, phone, address,
                emergencyContact, ids);
    }
}
