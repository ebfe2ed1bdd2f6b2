package org.councilfeedback.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.councilfeedback.intake.Address;
import org.councilfeedback.intake.Channel;
import org.councilfeedback.intake.ContactDetails;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.FeedbackSubmission;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.intake.OnBehalfOf;
import org.councilfeedback.intake.Submitter;

/**
 * Feedback for tests, recorded by customer services. Every builder starts with a person nobody else has (a unique
 * name, email, phone and address line), so tests sharing a database never match each other's people by accident.
 */
public final class FeedbackFixtures {

    private FeedbackType type = FeedbackType.COMPLAINT;
    private Channel channel = Channel.LETTER;
    private String serviceArea = "highways";
    private String description = "The pothole outside the school is still there after three reports.";
    private String name;
    private String email;
    private String phone;
    private Address address;
    private ContactMethod preferred = ContactMethod.LETTER;
    private OnBehalfOf onBehalfOf;
    private boolean anonymous;

    private FeedbackFixtures() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        name = "Sam Tester " + token;
        email = "sam." + token + "@example.org";
        phone = uniquePhone();
        address = new Address(ThreadLocalRandom.current().nextInt(1, 999) + " " + token + " Street", null, "Ely", "CB7 4AA");
    }

    public static FeedbackFixtures feedback() {
        return new FeedbackFixtures();
    }

    /** A random mobile-format number, unique enough for tests sharing a database; never dialled. */
    public static String uniquePhone() {
        return "0770" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    }

    public FeedbackFixtures type(FeedbackType type) {
        this.type = type;
        return this;
    }

    public FeedbackFixtures channel(Channel channel) {
        this.channel = channel;
        return this;
    }

    public FeedbackFixtures description(String description) {
        this.description = description;
        return this;
    }

    public FeedbackFixtures name(String name) {
        this.name = name;
        return this;
    }

    public FeedbackFixtures email(String email) {
        this.email = email;
        return this;
    }

    public FeedbackFixtures phone(String phone) {
        this.phone = phone;
        return this;
    }

    public FeedbackFixtures address(Address address) {
        this.address = address;
        return this;
    }

    public FeedbackFixtures preferred(ContactMethod preferred) {
        this.preferred = preferred;
        return this;
    }

    public FeedbackFixtures onBehalfOf(String name, String relationship, Boolean consent) {
        this.onBehalfOf = new OnBehalfOf(name, relationship, consent);
        return this;
    }

    public FeedbackFixtures anonymous() {
        this.anonymous = true;
        return this;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public Address address() {
        return address;
    }

    public FeedbackSubmission build() {
        return new FeedbackSubmission(type, channel, null, serviceArea, description, "Put it right", null, anonymous,
                anonymous ? null : new ContactDetails(name, email, phone, address, preferred), onBehalfOf);
    }

    /** Records it as customer services would and returns the reference. */
    public String recordWith(FeedbackIntake intake) {
        return intake.submit(build(), Submitter.staff("customer.services", "10.0.0.9"), null).receipt().reference();
    }
}
