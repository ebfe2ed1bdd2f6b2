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

    /**
     * How to reply: the preferred method when its detail is present, otherwise email, letter or phone, whichever detail
     * was given first in that order; empty when there is no way to reply.
     */
    public java.util.Optional<ContactMethod> replyMethod() {
        if (preferredContactMethod != null && canBeReachedBy(preferredContactMethod)) {
            return java.util.Optional.of(preferredContactMethod);
        }
        return java.util.Arrays.stream(ContactMethod.values()).filter(this::canBeReachedBy).findFirst();
    }

    /** Where a reply by {@code method} goes: the email address, the phone number, or the name and address lines. */
    public String recipientFor(ContactMethod method) {
        return switch (method) {
            case EMAIL -> email.trim();
            case PHONE -> phone.trim();
            case LETTER -> {
                java.util.List<String> lines = new java.util.ArrayList<>();
                lines.add(name);
                for (String line : new String[] {address.line1(), address.line2(), address.townOrCity(), address.postcode()}) {
                    if (!Text.isBlank(line)) {
                        lines.add(line.trim());
                    }
                }
                yield String.join("\n", lines);
            }
        };
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
