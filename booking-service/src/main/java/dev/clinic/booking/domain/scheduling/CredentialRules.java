package dev.clinic.booking.domain.scheduling;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import dev.clinic.booking.domain.CredentialType;
import dev.clinic.booking.domain.Modality;

/**
 * Booking rule 1, the credential half: to be booked for {@code DRY_NEEDLING} a practitioner needs a
 * valid {@code PT_LICENSE} and a valid {@code DRY_NEEDLING_CERT} on the appointment's date; for
 * {@code MASSAGE} a valid {@code LMT_LICENSE} or {@code PT_LICENSE}. The date is the appointment's
 * local date at its location.
 */
public final class CredentialRules {

    private CredentialRules() {
    }

    /** Whether credentials of the types {@code validTypes}, all valid on one day, allow {@code modality}. */
    public static boolean qualifies(Modality modality, Set<CredentialType> validTypes) {
        return switch (modality) {
            case DRY_NEEDLING -> validTypes.contains(CredentialType.PT_LICENSE)
                    && validTypes.contains(CredentialType.DRY_NEEDLING_CERT);
            case MASSAGE -> validTypes.contains(CredentialType.LMT_LICENSE)
                    || validTypes.contains(CredentialType.PT_LICENSE);
        };
    }

    /** The types of the credentials valid on {@code date}. */
    public static Set<CredentialType> validOn(Collection<CredentialView> credentials, LocalDate date) {
        Set<CredentialType> types = EnumSet.noneOf(CredentialType.class);
        for (CredentialView credential : credentials) {
            if (credential.validOn(date)) {
                types.add(credential.type());
            }
        }
        return types;
    }

    public static boolean qualifiesOn(Modality modality, Collection<CredentialView> credentials, LocalDate date) {
        return qualifies(modality, validOn(credentials, date));
    }

    /** The days on which the practitioner may be booked for {@code modality}, for {@link PractitionerCalendar}. */
    public static Predicate<LocalDate> qualifyingDays(Modality modality, Collection<CredentialView> credentials) {
        List<CredentialView> copy = List.copyOf(credentials);
        return date -> qualifiesOn(modality, copy, date);
    }

    /** The requirement in words, for a 409 that says what is missing. */
    public static String requirement(Modality modality) {
        return switch (modality) {
            case DRY_NEEDLING -> "a PT_LICENSE and a DRY_NEEDLING_CERT valid on the appointment date";
            case MASSAGE -> "an LMT_LICENSE or a PT_LICENSE valid on the appointment date";
        };
    }
}
