package dev.clinic.booking.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import dev.clinic.booking.domain.MassageTechnique;
import dev.clinic.booking.domain.Modality;
import dev.clinic.booking.domain.Practitioner;
import dev.clinic.booking.domain.Practitioner.Profile;
import dev.clinic.booking.repository.PractitionerRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.CurrentUser;
import dev.clinic.platform.web.ETags;

/**
 * Practitioner use cases, each in one transaction. A login lives in Keycloak, outside that
 * transaction: it is changed first (Keycloak down → 503 and nothing stored) and the change is
 * undone when the transaction then rolls back, so a practitioner row and its login never disagree
 * for longer than a failed request. Practitioners are not patient records: changes are audited,
 * reads are not.
 */
@ApplicationScoped
public class PractitionerService {

    static final String RESOURCE = "PRACTITIONER";

    private final PractitionerRepository practitioners;
    private final PractitionerLogins logins;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final TransactionSynchronizationRegistry transactions;

    PractitionerService(PractitionerRepository practitioners, PractitionerLogins logins, AuditLog audit,
            CurrentUser currentUser, TransactionSynchronizationRegistry transactions) {
        this.practitioners = practitioners;
        this.logins = logins;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transactions = transactions;
    }

    /** How a new practitioner gets a login: none, a new one, or one that already exists in Keycloak. */
    public sealed interface Login {
        record None() implements Login {
        }

        record Create() implements Login {
        }

        record Existing(String username) implements Login {
        }
    }

    /** The new practitioner, and the login's one-time password when a login was created (else null). */
    public record Created(Practitioner practitioner, String temporaryPassword) {
    }

    @Transactional
    public Created create(Profile profile, Login login) {
        Profile clean = normalise(profile);
        requireEmailFree(clean.email(), null);
        Practitioner practitioner = new Practitioner();
        practitioner.replaceProfile(clean);
        String temporaryPassword = null;
        switch (login) {
            case Login.None none -> {
            }
            case Login.Existing existing -> {
                String userId = logins.findExisting(currentUser.clinicId(), existing.username().strip(),
                        "existingLoginUsername");
                practitioners.findByKeycloakUserId(userId).ifPresent(holder -> {
                    throw ProblemException.conflict("login-already-linked", "Login " + existing.username()
                            + " already belongs to another practitioner", Map.of("practitionerId", holder.getId()));
                });
                practitioner.linkLogin(userId);
            }
            case Login.Create create -> {
                PractitionerLogins.NewLogin created = logins.create(currentUser.clinicId(), clean.email(),
                        clean.givenName(), clean.familyName());
                onRollback(() -> logins.delete(created.userId()));
                practitioner.linkLogin(created.userId());
                temporaryPassword = created.temporaryPassword();
            }
        }
        practitioners.persistAndFlush(practitioner);
        audit.record("CREATE", RESOURCE, practitioner.getId(), null);
        return new Created(practitioner, temporaryPassword);
    }

    /** Any practitioner of the clinic, active or not. */
    @Transactional
    public Practitioner get(UUID id) {
        return find(id);
    }

    /**
     * The caller's own practitioner record: the one of the caller's clinic whose login is the token's
     * subject. Active or not: it is theirs all the same. A read, so not audited (as {@link #get}).
     */
    @Transactional
    public Practitioner own() {
        String subject = currentUser.subject();
        return Optional.ofNullable(subject).flatMap(practitioners::findByKeycloakUserId)
                .orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                        "Your login is not linked to a practitioner of this clinic"));
    }

    /** What patients may see: active practitioners only; an inactive one is as unknown as a missing one. */
    @Transactional
    public Practitioner getBookable(UUID id) {
        Practitioner practitioner = find(id);
        if (!practitioner.isActive()) {
            throw ProblemException.notFound("Practitioner", id);
        }
        return practitioner;
    }

    /** Sync lists show every change, deactivations included; plain lists show inactive ones only when asked. */
    @Transactional
    public Page<Practitioner> list(PageParams page, boolean includeInactive) {
        return practitioners.page(page, !includeInactive && !page.syncMode());
    }

    /** What patients may list: active practitioners only, in sync mode too. */
    @Transactional
    public Page<Practitioner> listBookable(PageParams page) {
        return practitioners.page(page, true);
    }

    /** Replaces the profile. The login (if any) keeps its username: it is the practitioner's, not the record's. */
    @Transactional
    public Practitioner replace(UUID id, String ifMatch, Profile profile) {
        Practitioner practitioner = find(id);
        ETags.checkIfMatch(ifMatch, practitioner.getVersion());
        Profile clean = normalise(profile);
        // before the entity changes, or the query would flush the change into the unique index first
        requireEmailFree(clean.email(), id);
        practitioner.replaceProfile(clean);
        practitioners.flush();
        audit.record("UPDATE", RESOURCE, id, null);
        return practitioner;
    }

    /** Deactivating an inactive practitioner answers the record unchanged (and reactivating an active one). */
    @Transactional
    public Practitioner setActive(UUID id, String ifMatch, boolean active) {
        Practitioner practitioner = find(id);
        ETags.checkIfMatch(ifMatch, practitioner.getVersion());
        if (practitioner.isActive() == active) {
            return practitioner;
        }
        String userId = practitioner.getKeycloakUserId();
        if (userId != null) {
            logins.setEnabled(userId, active);
            onRollback(() -> logins.setEnabled(userId, !active));
        }
        practitioner.setActive(active);
        practitioners.flush();
        audit.record(active ? "REACTIVATE" : "DEACTIVATE", RESOURCE, id, null);
        return practitioner;
    }

    /** Unknown and another clinic's (filtered out by tenancy) are both 404. */
    Practitioner find(UUID id) {
        return practitioners.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Practitioner", id));
    }

    private void requireEmailFree(String email, UUID exceptId) {
        practitioners.findOtherByEmail(email, exceptId).ifPresent(existing -> {
            throw ProblemException.conflict("practitioner-email-taken",
                    "Another practitioner of this clinic already has the email " + email,
                    Map.of("existingPractitionerId", existing.getId()));
        });
    }

    /** Runs {@code undo} once the transaction has rolled back (not when it commits). */
    private void onRollback(Runnable undo) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    undo.run();
                }
            }
        });
    }

    private static Profile normalise(Profile p) {
        Set<Modality> modalities = p.modalities() == null ? Set.of() : p.modalities();
        Set<MassageTechnique> techniques = p.massageTechniques() == null ? Set.of()
                : p.massageTechniques();
        if (!techniques.isEmpty() && !modalities.contains(Modality.MASSAGE)) {
            throw ProblemException.invalid("massageTechniques",
                    "only a practitioner who offers MASSAGE has massage techniques");
        }
        List<String> languages = p.languages() == null ? List.of()
                : p.languages().stream().map(String::strip).distinct().toList();
        return new Profile(p.givenName().strip(), p.familyName().strip(), p.email().strip().toLowerCase(Locale.ROOT),
                blankToNull(p.phone()), modalities, techniques, p.yearsExperience(), languages, blankToNull(p.bio()),
                p.treatsMigraine(), p.tracksOutcomes(), p.acceptsInsurance(), p.slidingScale());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
