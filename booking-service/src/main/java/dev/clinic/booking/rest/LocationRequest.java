package dev.clinic.booking.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a location. Server-owned fields are not part of it. */
@Schema(name = "LocationRequest", description = "A location's details, as sent on create and replace.")
public record LocationRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "Northside Downtown", required = true) String name,
        @Size(max = 300) @Schema(examples = "120 Main Street, Tampa, FL 33602") String address,
        @TimeZoneId @Size(max = 64) @Schema(description = "IANA time zone id. When absent the location follows the clinic's time zone.",
                examples = "America/New_York") String timeZone) {
}
