package dev.clinic.booking.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.booking.domain.CredentialType;
import dev.clinic.booking.domain.Modality;

class CredentialRulesTest {

    static Set<CredentialType> types(String spaceSeparated) {
        return spaceSeparated.isBlank() ? EnumSet.noneOf(CredentialType.class)
                : Arrays.stream(spaceSeparated.trim().split("\\s+")).map(CredentialType::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(CredentialType.class)));
    }

    @ParameterizedTest(name = "{0} with [{1}]: {2}")
    @CsvSource({
            "DRY_NEEDLING, PT_LICENSE DRY_NEEDLING_CERT, true",
            "DRY_NEEDLING, PT_LICENSE DRY_NEEDLING_CERT LMT_LICENSE, true",
            "DRY_NEEDLING, PT_LICENSE, false",
            "DRY_NEEDLING, DRY_NEEDLING_CERT, false",
            "DRY_NEEDLING, LMT_LICENSE DRY_NEEDLING_CERT, false",
            "DRY_NEEDLING, '', false",
            "MASSAGE, LMT_LICENSE, true",
            "MASSAGE, PT_LICENSE, true",
            "MASSAGE, LMT_LICENSE PT_LICENSE, true",
            "MASSAGE, NMT_CERT CST_CERT, false",
            "MASSAGE, DRY_NEEDLING_CERT OTHER, false",
            "MASSAGE, '', false" })
    void aModalityNeedsItsCredentials(Modality modality, String valid, boolean qualifies) {
        assertThat(CredentialRules.qualifies(modality, types(valid))).isEqualTo(qualifies);
    }

    @ParameterizedTest(name = "issued {0}, expires {1}: valid on {2} = {3}")
    @CsvSource({
            "2026-01-01, 2026-06-10, 2025-12-31, false",
            "2026-01-01, 2026-06-10, 2026-01-01, true",
            "2026-01-01, 2026-06-10, 2026-06-10, true",
            "2026-01-01, 2026-06-10, 2026-06-11, false",
            "2026-01-01,           , 2099-12-31, true",
            "2026-06-10, 2026-06-10, 2026-06-10, true" })
    void aCredentialIsValidFromIssueUntilItsExpiryDayInclusive(LocalDate issuedOn, LocalDate expiresOn,
            LocalDate date, boolean valid) {
        assertThat(new CredentialView(CredentialType.PT_LICENSE, issuedOn, expiresOn).validOn(date)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "dry needling on {0}: {1}")
    @CsvSource({
            // Licence renewed: the old one expires 2026-06-10, the new one starts 2026-06-12 (a one-day lapse).
            "2026-06-10, true",
            "2026-06-11, false",
            "2026-06-12, true",
            // The certificate expires 2026-06-30.
            "2026-06-30, true",
            "2026-07-01, false" })
    void everyCredentialMustBeValidOnTheDayItself(LocalDate date, boolean qualifies) {
        List<CredentialView> credentials = List.of(
                new CredentialView(CredentialType.PT_LICENSE, LocalDate.of(2024, 6, 11), LocalDate.of(2026, 6, 10)),
                new CredentialView(CredentialType.PT_LICENSE, LocalDate.of(2026, 6, 12), LocalDate.of(2028, 6, 11)),
                new CredentialView(CredentialType.DRY_NEEDLING_CERT, LocalDate.of(2023, 1, 1), LocalDate.of(2026, 6, 30)));

        assertThat(CredentialRules.qualifiesOn(Modality.DRY_NEEDLING, credentials, date)).isEqualTo(qualifies);
        assertThat(CredentialRules.qualifyingDays(Modality.DRY_NEEDLING, credentials).test(date)).isEqualTo(qualifies);
    }

    @ParameterizedTest(name = "expires {1} before issue {0}")
    @CsvSource({ "2026-06-10, 2026-06-09" })
    void aCredentialCannotExpireBeforeItIsIssued(LocalDate issuedOn, LocalDate expiresOn) {
        assertThatThrownBy(() -> new CredentialView(CredentialType.LMT_LICENSE, issuedOn, expiresOn))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
