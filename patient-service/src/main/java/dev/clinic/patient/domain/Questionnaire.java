package dev.clinic.patient.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.clinic.platform.persistence.TenantEntity;

/** A completed HIT-6 or MIDAS questionnaire with the score the server gave it. Never changed once recorded. */
@Entity
@Table(name = "questionnaire")
public class Questionnaire extends TenantEntity {

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private QuestionnaireType type;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "hit6_answers", updatable = false)
    private List<String> hit6Answers;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "midas_answers", updatable = false)
    private List<Integer> midasAnswers;

    @Column(nullable = false, updatable = false)
    private int score;

    @Enumerated(EnumType.STRING)
    @Column(name = "hit6_impact", updatable = false)
    private Hit6Impact hit6Impact;

    @Enumerated(EnumType.STRING)
    @Column(name = "midas_grade", updatable = false)
    private MidasGrade midasGrade;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private Instant completedAt;

    protected Questionnaire() {
    }

    public Questionnaire(UUID patientId, ScoredQuestionnaire scored, Instant completedAt) {
        this.patientId = patientId;
        this.type = scored.type();
        this.hit6Answers = scored.hit6Answers() == null ? null
                : scored.hit6Answers().stream().map(Enum::name).toList();
        this.midasAnswers = scored.midasAnswers();
        this.score = scored.score();
        this.hit6Impact = scored.impact();
        this.midasGrade = scored.grade();
        this.completedAt = completedAt;
    }

    public UUID getPatientId() {
        return patientId;
    }

    public QuestionnaireType getType() {
        return type;
    }

    /** The answers in item order: HIT-6 answer names, or MIDAS day counts. */
    public List<Object> getAnswers() {
        return type == QuestionnaireType.HIT6 ? List.copyOf(hit6Answers) : List.copyOf(midasAnswers);
    }

    public int getScore() {
        return score;
    }

    public Hit6Impact getHit6Impact() {
        return hit6Impact;
    }

    public MidasGrade getMidasGrade() {
        return midasGrade;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
