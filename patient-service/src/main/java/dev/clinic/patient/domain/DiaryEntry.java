package dev.clinic.patient.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.clinic.platform.persistence.TenantEntity;

/** One day of a patient's headache diary; a patient has at most one entry per date, replaced when recorded again. */
@Entity
@Table(name = "diary_entry")
public class DiaryEntry extends TenantEntity {

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate entryDate;

    @Column(name = "had_headache", nullable = false)
    private boolean hadHeadache;

    @Enumerated(EnumType.STRING)
    private HeadacheKind kind;

    private Integer intensity;

    @Column(name = "duration_hours", precision = 4, scale = 2)
    private BigDecimal durationHours;

    @Column(nullable = false)
    private boolean aura;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "acute_medication", nullable = false)
    private List<String> acuteMedication = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> triggers = new ArrayList<>();

    @Column(name = "hydration_liters", precision = 4, scale = 2)
    private BigDecimal hydrationLiters;

    private String notes;

    protected DiaryEntry() {
    }

    public DiaryEntry(UUID patientId, LocalDate date) {
        this.patientId = patientId;
        this.entryDate = date;
    }

    /**
     * Replaces everything recorded for the day. Lists are replaced only when they differ, so that
     * recording the same day again unchanged is no change at all (same version, same updatedAt).
     */
    public void replace(DiaryEntryContent content) {
        if (!content.date().equals(entryDate)) {
            throw new IllegalArgumentException("an entry keeps its date");
        }
        hadHeadache = content.hadHeadache();
        kind = content.kind();
        intensity = content.intensity();
        durationHours = sameValue(durationHours, content.durationHours()) ? durationHours : content.durationHours();
        aura = content.aura();
        if (!acuteMedication.equals(content.acuteMedication())) {
            acuteMedication = new ArrayList<>(content.acuteMedication());
        }
        List<String> triggerNames = content.triggers().stream().map(Enum::name).toList();
        if (!triggers.equals(triggerNames)) {
            triggers = new ArrayList<>(triggerNames);
        }
        hydrationLiters = sameValue(hydrationLiters, content.hydrationLiters()) ? hydrationLiters
                : content.hydrationLiters();
        notes = content.notes();
    }

    /** BigDecimal.equals tells 1.5 from 1.50; the database does not, and neither should a replace. */
    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }

    public DiaryDay toDay() {
        return new DiaryDay(entryDate, hadHeadache, kind, intensity, !acuteMedication.isEmpty());
    }

    public UUID getPatientId() {
        return patientId;
    }

    public LocalDate getDate() {
        return entryDate;
    }

    public boolean hadHeadache() {
        return hadHeadache;
    }

    public HeadacheKind getKind() {
        return kind;
    }

    public Integer getIntensity() {
        return intensity;
    }

    public BigDecimal getDurationHours() {
        return durationHours;
    }

    public boolean hadAura() {
        return aura;
    }

    public List<String> getAcuteMedication() {
        return List.copyOf(acuteMedication);
    }

    public List<HeadacheTrigger> getTriggers() {
        return triggers.stream().map(HeadacheTrigger::valueOf).toList();
    }

    public BigDecimal getHydrationLiters() {
        return hydrationLiters;
    }

    public String getNotes() {
        return notes;
    }
}
