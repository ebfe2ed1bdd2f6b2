package org.councilfeedback.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.councilfeedback.intake.Address;
import org.councilfeedback.intake.ContactDetails;
import org.councilfeedback.intake.ContactMethod;
import org.junit.jupiter.api.Test;

/** "We will do our best to respect the method you have requested; if we are unable to, we will tell you why." */
class ContactPreferenceRuleTests {

    static final Address ADDRESS = new Address("1 High Street", null, "Ely", "CB7 4AA");
    static final Optional<LocalDate> NOT_BOUNCED = Optional.empty();

    static ContactDetails contact(String email, String phone, Address address, ContactMethod preferred) {
        return new ContactDetails("Sam Smith", email, phone, address, preferred);
    }

    @Test
    void usesThePreferredMethodWhenItIsPossible() {
        ContactRoute route = ContactPreferenceRule.choose(contact("sam@example.org", null, ADDRESS, ContactMethod.LETTER),
                NOT_BOUNCED, "response", ContactPreferenceRule.ANY, false);

        assertThat(route.method()).isEqualTo(ContactMethod.LETTER);
        assertThat(route.preferenceHonoured()).isTrue();
        assertThat(route.recipient()).isEqualTo("Sam Smith\n1 High Street\nEly\nCB7 4AA");
        assertThat(route.reason()).isNull();
        assertThat(route.explanation()).isNull();
    }

    @Test
    void aBouncedEmailFallsBackToALetterAndTellsThePersonWhy() {
        ContactRoute route = ContactPreferenceRule.choose(contact("sam@example.org", "01234 567890", ADDRESS, ContactMethod.EMAIL),
                Optional.of(LocalDate.of(2026, 3, 2)), "response", ContactPreferenceRule.ANY, false);

        assertThat(route.method()).isEqualTo(ContactMethod.LETTER);
        assertThat(route.preferred()).isEqualTo(ContactMethod.EMAIL);
        assertThat(route.preferenceHonoured()).isFalse();
        assertThat(route.reason()).isEqualTo("Emails to sam@example.org could not be delivered (bounced on 2 March 2026). "
                + "Using letter instead.");
        assertThat(route.explanation()).isEqualTo("You asked us to contact you by email, but our emails to sam@example.org "
                + "could not be delivered, so we are writing to you by post instead.");
    }

    @Test
    void noPostalAddressFallsBackToEmailFirst() {
        ContactRoute route = ContactPreferenceRule.choose(contact("sam@example.org", "01234 567890", null, ContactMethod.LETTER),
                NOT_BOUNCED, "response", ContactPreferenceRule.ANY, false);

        assertThat(route.method()).isEqualTo(ContactMethod.EMAIL);
        assertThat(route.recipient()).isEqualTo("sam@example.org");
        assertThat(route.explanation()).isEqualTo("You asked us to write to you by post, but we do not have a full postal "
                + "address for you, so we are emailing you instead.");
    }

    @Test
    void withNeitherEmailNorAddressTheFallbackIsAPhoneCall() {
        ContactRoute route = ContactPreferenceRule.choose(contact("sam@example.org", "01234 567890", null, ContactMethod.LETTER),
                Optional.of(LocalDate.of(2026, 3, 2)), "response", ContactPreferenceRule.ANY, false);

        assertThat(route.method()).isEqualTo(ContactMethod.PHONE);
        assertThat(route.recipient()).isEqualTo("01234 567890");
        assertThat(route.explanation()).endsWith("so we will phone you instead.");
    }

    @Test
    void somethingThatMustBeInWritingIsNotPhonedThroughEvenIfThePersonPrefersCalls() {
        ContactRoute route = ContactPreferenceRule.choose(contact("sam@example.org", "01234 567890", ADDRESS, ContactMethod.PHONE),
                NOT_BOUNCED, "final response", EnumSet.of(ContactMethod.EMAIL, ContactMethod.LETTER), false);

        assertThat(route.method()).isEqualTo(ContactMethod.EMAIL);
        assertThat(route.explanation()).isEqualTo("You asked us to phone you, but we need to send you this final response "
                + "in writing, so we are emailing you instead.");
    }

    @Test
    void whenNothingIsPossibleItSaysWhyAndPicksNothing() {
        ContactRoute route = ContactPreferenceRule.choose(contact("sam@example.org", null, null, ContactMethod.EMAIL),
                Optional.of(LocalDate.of(2026, 3, 2)), "response", ContactPreferenceRule.ANY, false);

        assertThat(route.canContact()).isFalse();
        assertThat(route.reason()).startsWith("Cannot send the response: Emails to sam@example.org could not be delivered")
                .contains("No full postal address").contains("No phone number");
    }

    @Test
    void withoutAPreferenceTheFirstPossibleMethodIsUsedWithoutAnException() {
        ContactRoute route = ContactPreferenceRule.choose(contact(null, "01234 567890", ADDRESS, null), NOT_BOUNCED,
                "response", ContactPreferenceRule.ANY, true);

        assertThat(route.method()).isEqualTo(ContactMethod.LETTER);
        assertThat(route.preferenceHonoured()).isTrue();
        assertThat(route.largePrint()).isTrue();
    }

    @Test
    void anonymousFeedbackCannotBeAnswered() {
        ContactRoute route = ContactPreferenceRule.choose(null, NOT_BOUNCED, "response", ContactPreferenceRule.ANY, false);

        assertThat(route.canContact()).isFalse();
        assertThat(route.reason()).contains("Anonymous");
    }
}
