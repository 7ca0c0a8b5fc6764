package dev.clinic.booking.domain;

import java.time.Duration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.clinic.platform.persistence.TenantEntity;

/**
 * What a clinic offers to book: a modality (and for massage its technique), how long it takes,
 * the buffer kept free after it, and its price. Inactive types stay for the appointments that
 * use them but can no longer be booked, and patients no longer see them.
 */
@Entity
@Table(name = "appointment_type")
public class AppointmentType extends TenantEntity {

    public static final int MIN_DURATION_MINUTES = 5;
    public static final int MAX_DURATION_MINUTES = 480;
    public static final int MAX_BUFFER_MINUTES = 120;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Modality modality;

    @Enumerated(EnumType.STRING)
    @Column(name = "massage_technique")
    private MassageTechnique massageTechnique;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes;

    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private boolean active;

    /**
     * A technique belongs to massage only: a massage type names exactly one, any other names none.
     * Returns what is wrong, or null when the pair is consistent.
     */
    public static String techniqueProblem(Modality modality, MassageTechnique technique) {
        if (modality == Modality.MASSAGE && technique == null) {
            return "is required when modality is MASSAGE";
        }
        if (modality != Modality.MASSAGE && technique != null) {
            return "must be absent unless modality is MASSAGE";
        }
        return null;
    }

    /** Replaces every detail; callers check {@link #techniqueProblem} first (the database refuses it too). */
    public void replace(String name, Modality modality, MassageTechnique massageTechnique, int durationMinutes,
            int bufferMinutes, long priceMinor, String currency, boolean active) {
        String problem = techniqueProblem(modality, massageTechnique);
        if (problem != null) {
            throw new IllegalArgumentException("massageTechnique " + problem);
        }
        this.name = name;
        this.modality = modality;
        this.massageTechnique = massageTechnique;
        this.durationMinutes = durationMinutes;
        this.bufferMinutes = bufferMinutes;
        this.priceMinor = priceMinor;
        this.currency = currency;
        this.active = active;
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    /** Time kept free after the appointment; an appointment blocks its calendars for duration + buffer. */
    public Duration buffer() {
        return Duration.ofMinutes(bufferMinutes);
    }

    public String getName() {
        return name;
    }

    public Modality getModality() {
        return modality;
    }

    public MassageTechnique getMassageTechnique() {
        return massageTechnique;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public int getBufferMinutes() {
        return bufferMinutes;
    }

    public long getPriceMinor() {
        return priceMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public boolean isActive() {
        return active;
    }
}
