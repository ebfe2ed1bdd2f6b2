package org.councilfeedback.people;

import java.time.Instant;
import org.councilfeedback.intake.Address;
import org.councilfeedback.intake.ContactMethod;

/**
 * A customer: the person behind one or more pieces of feedback, with the contact details most recently given.
 * {@code mergedInto} is set when staff confirmed this record is the same person as another one.
 */
public record Person(
        long id,
        String name,
        String email,
        String phone,
        Address address,
        ContactMethod preferredContactMethod,
        Instant createdAt,
        Instant updatedAt,
        Long mergedInto,
        Instant anonymisedAt) {

    public boolean hasPostalAddress() {
        return address != null && notBlank(address.line1()) && notBlank(address.postcode());
    }

    public boolean hasEmail() {
        return notBlank(email);
    }

    public boolean hasPhone() {
        return notBlank(phone);
    }

    public boolean isCurrent() {
        return mergedInto == null && anonymisedAt == null;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
