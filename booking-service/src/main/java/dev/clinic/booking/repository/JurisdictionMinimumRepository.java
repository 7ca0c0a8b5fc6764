package dev.clinic.booking.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.booking.domain.CredentialType;
import dev.clinic.booking.domain.JurisdictionMinimum;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class JurisdictionMinimumRepository implements PanacheRepositoryBase<JurisdictionMinimum, UUID> {

    public Optional<JurisdictionMinimum> find(String jurisdiction, CredentialType type) {
        return find("jurisdiction = ?1 and credentialType = ?2", jurisdiction, type).firstResultOptional();
    }
}
