package dev.clinic.patient.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;



import dev.clinic.patient.domain.DiaryEntry;
import dev.clinic.patient.domain.DiaryEntryContent;
import dev.clinic.patient.domain.DiaryEntryRules;
import dev.clinic.patient.domain.DiarySummary;
import dev.clinic.patient.domain.MonthlySummary;
import dev.clinic.patient.domain.Patient;
import dev.clinic.patient.repository.DiaryEntryRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.web.ETags;

/** Headache diary use cases; each runs in one transaction and leaves one audit row. */
@ApplicationScoped
public class DiaryService {

    static final String ENTRY = "DIARY_ENTRY";
    static final String SUMMARY = "DIARY_SUMMARY";

    /**
     * The outcome of recording a day.
     *
     * @param created true when the day had no entry before (201), false when one was replaced (200)
     * @param replayed true when this is the answer of an earlier request with the same Idempotency-Key
     */
    public record Recorded(DiaryEntry entry, boolean created, boolean replayed) {
    }


    /** One month per calendar month of the range. */
    public record Summary(UUID patientId, LocalDate from, LocalDate to, List<MonthlySummary> months) {
    }

    private final DiaryEntryRepository entries;
    private final PatientAccess access;
    private final AuditLog audit;
    private final Idempotency idempotency;

    DiaryService(DiaryEntryRepository entries, PatientAccess access, AuditLog audit, Idempotency idempotency) {
        this.entries = entries;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    /**
     * Records a day: creates its entry, or replaces the one already there. With an
     * {@code Idempotency-Key}, a repeat of the same request changes nothing and gets the first
     * answer again (201 or 200 as the first one was); the same key with another body is a 422.
     *
     * @param ifMatch optional: the version of the day's entry the client last read; 412 when the
     *        entry changed since, or when there is no entry for the day yet
     */
    @Transactional
    public Recorded record(UUID patientId, String idempotencyKey, String ifMatch, DiaryEntryContent content) {
        Patient patient = access.require(patientId);
        // The path names the patient, so the same body for another patient is another request.
        return idempotency.once(idempotencyKey, content,
                () -> write(patient, ifMatch, content),
                recorded -> new Idempotency.Remembered(recorded.entry().getId(),
                        recorded.created() ? location(recorded.entry()) : null),
                first -> replay(patientId, first));
    }

    private Recorded replay(UUID patientId, Idempotency.Remembered first) {
        DiaryEntry entry = entries.findByIdOptional(first.resourceId())
                .filter(e -> e.getPatientId().equals(patientId))
                .orElseThrow(() -> ProblemException.notFound("Diary entry", first.resourceId()));
        audit.record("READ", ENTRY, entry.getId(), patientId);
        return new Recorded(entry, first.location() != null, true);
    }

    @Transactional
    public DiaryEntry get(UUID patientId, LocalDate date) {
        access.require(patientId);
        DiaryEntry entry = entries.findByDate(patientId, date)
                .orElseThrow(() -> ProblemException.notFound("Diary entry for", date));
        audit.record("READ", ENTRY, entry.getId(), patientId);
        return entry;
    }

    /** @param from first date, inclusive, or null; @param to last date, inclusive, or null */
    @Transactional
    public Page<DiaryEntry> list(UUID patientId, LocalDate from, LocalDate to, PageParams page) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from (" + from + ")");
        }
        access.require(patientId);
        Page<DiaryEntry> result = entries.page(patientId, from, to, page);
        audit.record("LIST", ENTRY, null, patientId);
        return result;
    }

    @Transactional
    public Summary summary(UUID patientId, LocalDate from, LocalDate to) {
        DiarySummary.checkRange(from, to);
        access.require(patientId);
        List<MonthlySummary> months = DiarySummary.monthly(from, to,
                entries.between(patientId, from, to).stream().map(DiaryEntry::toDay).toList());
        audit.record("READ", SUMMARY, null, patientId);
        return new Summary(patientId, from, to, months);
    }

    public static String location(DiaryEntry entry) {
        return "/api/v1/patients/" + entry.getPatientId() + "/diary/" + entry.getDate();
    }

    private Recorded write(Patient patient, String ifMatch, DiaryEntryContent content) {
        patient.requireActive();
        DiaryEntryRules.check(content, today());
        UUID patientId = patient.getId();
        entries.lockDay(patient.getClinicId(), patientId, content.date());
        Optional<DiaryEntry> existing = entries.findByDate(patientId, content.date());
        if (existing.isPresent()) {
            ETags.checkIfMatch(ifMatch, existing.get().getVersion());
        } else if (ifMatch != null && !ifMatch.isBlank()) {
            throw ProblemException.preconditionFailed("If-Match " + ifMatch.strip() + " names a version, but "
                    + content.date() + " has no diary entry yet; send no If-Match to record it");
        }
        DiaryEntry entry = existing.orElseGet(() -> new DiaryEntry(patientId, content.date()));
        entry.replace(content);
        if (existing.isEmpty()) {
            entries.persist(entry);
        }
        // The answer carries the new version (its ETag), so the change is written now.
        entries.flush();
        audit.record(existing.isEmpty() ? "CREATE" : "UPDATE", ENTRY, entry.getId(), patientId);
        return new Recorded(entry, existing.isEmpty(), false);
    }

    /**
     * The latest day a patient may record. The service does not know the patient's or the clinic's
     * time zone, so a day is refused only when it has not begun anywhere on Earth yet (UTC+14): a
     * patient ahead of UTC can always record their own today.
     */
    private static LocalDate today() {
        return ClinicDates.latestToday();
    }
}
