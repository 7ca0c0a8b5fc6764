package dev.clinic.patient.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.patient.domain.Screening;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ScreeningRepository implements PanacheRepositoryBase<Screening, UUID> {

    public Optional<Screening> findByPatient(UUID patientId) {
        return find("patientId", patientId).firstResultOptional();
    }
}
