package dev.clinic.session.client;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The practitioner record of booking-service behind a login. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PractitionerView(UUID id, String keycloakUserId) {
}
