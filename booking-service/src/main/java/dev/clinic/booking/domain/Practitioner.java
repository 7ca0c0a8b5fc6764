package dev.clinic.booking.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.clinic.platform.persistence.TenantEntity;

/**
 * Someone patients are booked with. The profile answers what patients ask before booking
 * (migraine experience, outcome tracking, insurance); the login, when there is one, lives in
 * Keycloak and is referred to by {@code keycloakUserId}.
 */
@Entity
@Table(name = "practitioner")
public class Practitioner extends TenantEntity {

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(nullable = false)
    private String email;

    private String phone;

    // Stored as text[] of enum names: the database checks them, and sets read back in a stable order.
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> modalities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "massage_techniques", nullable = false, columnDefinition = "text[]")
    private List<String> massageTechniques = new ArrayList<>();

    @Column(name = "years_experience")
    private Integer yearsExperience;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> languages = new ArrayList<>();

    private String bio;

    @Column(name = "treats_migraine", nullable = false)
    private boolean treatsMigraine;

    @Column(name = "tracks_outcomes", nullable = false)
    private boolean tracksOutcomes;

    @Column(name = "accepts_insurance", nullable = false)
    private boolean acceptsInsurance;

    @Column(name = "sliding_scale", nullable = false)
    private boolean slidingScale;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "keycloak_user_id")
    private String keycloakUserId;

    /** The profile a clinic admin writes; everything else is server-owned. */
    public record Profile(String givenName, String familyName, String email, String phone, Set<Modality> modalities,
            Set<MassageTechnique> massageTechniques, Integer yearsExperience, List<String> languages, String bio,
            boolean treatsMigraine, boolean tracksOutcomes, boolean acceptsInsurance, boolean slidingScale) {
    }

    /** Replaces the profile; id, clinic, version, timestamps, active and the login stay. */
    public void replaceProfile(Profile profile) {
        this.givenName = profile.givenName();
        this.familyName = profile.familyName();
        this.email = profile.email();
        this.phone = profile.phone();
        this.modalities = names(profile.modalities());
        this.massageTechniques = names(profile.massageTechniques());
        this.yearsExperience = profile.yearsExperience();
        this.languages = new ArrayList<>(profile.languages());
        this.bio = profile.bio();
        this.treatsMigraine = profile.treatsMigraine();
        this.tracksOutcomes = profile.tracksOutcomes();
        this.acceptsInsurance = profile.acceptsInsurance();
        this.slidingScale = profile.slidingScale();
    }

    public void linkLogin(String keycloakUserId) {
        this.keycloakUserId = keycloakUserId;
    }

    /** Whether this is the practitioner whose login is {@code keycloakUserId} (a token's subject). */
    public boolean hasLogin(String keycloakUserId) {
        return this.keycloakUserId != null && this.keycloakUserId.equals(keycloakUserId);
    }

    /** @return whether anything changed; deactivating an inactive practitioner changes nothing */
    public boolean setActive(boolean active) {
        boolean changed = this.active != active;
        this.active = active;
        return changed;
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return new ArrayList<>(values.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Set<Modality> getModalities() {
        return modalities.stream().map(Modality::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean offers(Modality modality) {
        return modalities.contains(modality.name());
    }

    public Set<MassageTechnique> getMassageTechniques() {
        return massageTechniques.stream().map(MassageTechnique::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public Integer getYearsExperience() {
        return yearsExperience;
    }

    public List<String> getLanguages() {
        return List.copyOf(languages);
    }

    public String getBio() {
        return bio;
    }

    public boolean isTreatsMigraine() {
        return treatsMigraine;
    }

    public boolean isTracksOutcomes() {
        return tracksOutcomes;
    }

    public boolean isAcceptsInsurance() {
        return acceptsInsurance;
    }

    public boolean isSlidingScale() {
        return slidingScale;
    }

    public boolean isActive() {
        return active;
    }

    public String getKeycloakUserId() {
        return keycloakUserId;
    }
}
