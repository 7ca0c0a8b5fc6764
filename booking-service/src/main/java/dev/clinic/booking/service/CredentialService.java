package dev.clinic.booking.service;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.clinic.booking.domain.Credential;
import dev.clinic.booking.domain.CredentialType;
import dev.clinic.booking.repository.CredentialRepository;
import dev.clinic.booking.repository.JurisdictionMinimumRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.ProblemException;

/**
 * Credential use cases. A credential below the minimum of the clinic's jurisdiction is refused
 * with the reason, so it can never make a practitioner bookable. Changes are audited.
 */
@ApplicationScoped
public class CredentialService {

    static final String RESOURCE = "CREDENTIAL";

    private final CredentialRepository credentials;
    private final JurisdictionMinimumRepository minimums;
    private final PractitionerService practitioners;
    private final EntityManager entityManager;
    private final AuditLog audit;

    CredentialService(CredentialRepository credentials, JurisdictionMinimumRepository minimums,
            PractitionerService practitioners, EntityManager entityManager, AuditLog audit) {
        this.credentials = credentials;
        this.minimums = minimums;
        this.practitioners = practitioners;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    public record Details(CredentialType type, String jurisdiction, String number, String issuer, LocalDate issuedOn,
            LocalDate expiresOn, Integer trainingHours) {
    }

    @Transactional
    public Credential create(UUID practitionerId, Details d) {
        practitioners.find(practitionerId);
        if (d.expiresOn() != null && !d.expiresOn().isAfter(d.issuedOn())) {
            throw ProblemException.invalid("expiresOn", "must be after issuedOn");
        }
        // The minimums of the place the clinic practises in; a clinic that has not said where falls
        // back to the credential's own jurisdiction.
        String jurisdiction = clinicJurisdiction().orElse(d.jurisdiction());
        minimums.find(jurisdiction, d.type())
                .flatMap(minimum -> minimum.shortfall(d.trainingHours()))
                .ifPresent(why -> {
                    throw ProblemException.invalid("trainingHours", why);
                });
        Credential credential = new Credential(practitionerId, d.type(), d.jurisdiction(), d.number().strip(),
                blankToNull(d.issuer()), d.issuedOn(), d.expiresOn(), d.trainingHours());
        credentials.persistAndFlush(credential);
        audit.record("CREATE", RESOURCE, credential.getId(), null);
        return credential;
    }

    @Transactional
    public Credential get(UUID practitionerId, UUID id) {
        return credentials.findByIdOptional(id)
                .filter(c -> c.getPractitionerId().equals(practitionerId))
                .orElseThrow(() -> ProblemException.notFound("Credential", id));
    }

    @Transactional
    public Page<Credential> list(UUID practitionerId, PageParams page) {
        practitioners.find(practitionerId);
        return credentials.page(practitionerId, page);
    }

    /** The jurisdiction in the caller's clinic settings (tenant-filtered), when it has set one. */
    private Optional<String> clinicJurisdiction() {
        return entityManager.createQuery("select s.jurisdiction from ClinicSettings s", String.class)
                .getResultList().stream().filter(Objects::nonNull).findFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
