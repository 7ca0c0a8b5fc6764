package dev.clinic.platform.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * What every tenant-owned row has: a UUID, the owning clinic (filled and filtered by Hibernate's
 * discriminator multi-tenancy, never by hand), the row version (the ETag) and its timestamps.
 * Timestamps are kept at PostgreSQL's microsecond precision so keyset cursors compare exactly.
 */
@MappedSuperclass
public abstract class TenantEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "clinic_id", nullable = false, updatable = false)
    private String clinicId;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @PrePersist
    void beforeInsert() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = now();
    }

    /** Marks a change that alters no mapped column of this row (rare) as a change all the same. */
    public void touch() {
        updatedAt = now();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public UUID getId() {
        return id;
    }

    public String getClinicId() {
        return clinicId;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
