package org.councilfeedback.intake;

/** How to reach the person who gave feedback, and how they want us to reply. */
public record ContactDetails(String name, String email, String phone, Address address, ContactMethod preferredContactMethod) {

    public boolean hasEmail() {
        return !Text.isBlank(email);
    }

    public boolean hasPhone() {
        return !Text.isBlank(phone);
    }

    public boolean hasPostalAddress() {
        return address != null && !Text.isBlank(address.line1()) && !Text.isBlank(address.postcode());
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return Text.isBlank(name) && Text.isBlank(email) && Text.isBlank(phone)
                && (address == null || address.isEmpty()) && preferredContactMethod == null;
    }

    /** Whether the detail needed to reply by {@code method} is present. */
    public boolean canBeReachedBy(ContactMethod method) {
        return switch (method) {
            case EMAIL -> hasEmail();
            case LETTER -> hasPostalAddress();
            case PHONE -> hasPhone();
        };
    }
}
