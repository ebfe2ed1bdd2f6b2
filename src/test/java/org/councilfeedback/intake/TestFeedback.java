package org.councilfeedback.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Builds feedback for tests: {@code TestFeedback.byPhone().from("Sam Smith").phone("01234 567890").recordBy(intake)}.
 * Defaults: a complaint received now, with a short description.
 */
public final class TestFeedback {

    private FeedbackType type = FeedbackType.COMPLAINT;
    private final Channel channel;
    private Instant receivedAt;
    private String serviceArea;
    private String description = "The bin was not collected three weeks running.";
    private String desiredOutcome;
    private LocalDate eventDate;
    private boolean anonymous;
    private String name;
    private String email;
    private String phone;
    private Address address;
    private ContactMethod preferred;
    private OnBehalfOf onBehalfOf;
    private String staff = "complaints.officer";

    private TestFeedback(Channel channel) {
        this.channel = channel;
    }

    public static TestFeedback byPhone() {
        return new TestFeedback(Channel.PHONE);
    }

    public static TestFeedback byEmail() {
        return new TestFeedback(Channel.EMAIL);
    }

    public static TestFeedback byLetter() {
        return new TestFeedback(Channel.LETTER);
    }

    public static TestFeedback online() {
        return new TestFeedback(Channel.ONLINE);
    }

    public TestFeedback type(FeedbackType type) {
        this.type = type;
        return this;
    }

    public TestFeedback receivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
        return this;
    }

    public TestFeedback serviceArea(String serviceArea) {
        this.serviceArea = serviceArea;
        return this;
    }

    public TestFeedback about(String description) {
        this.description = description;
        return this;
    }

    public TestFeedback wanting(String desiredOutcome) {
        this.desiredOutcome = desiredOutcome;
        return this;
    }

    public TestFeedback happenedOn(LocalDate eventDate) {
        this.eventDate = eventDate;
        return this;
    }

    public TestFeedback anonymously() {
        this.anonymous = true;
        return this;
    }

    public TestFeedback from(String name) {
        this.name = name;
        return this;
    }

    public TestFeedback email(String email) {
        this.email = email;
        return this;
    }

    public TestFeedback phone(String phone) {
        this.phone = phone;
        return this;
    }

    public TestFeedback address(String line1, String town, String postcode) {
        this.address = new Address(line1, null, town, postcode);
        return this;
    }

    public TestFeedback replyBy(ContactMethod preferred) {
        this.preferred = preferred;
        return this;
    }

    public TestFeedback onBehalfOf(String name, String relationship, Boolean consent) {
        this.onBehalfOf = new OnBehalfOf(name, relationship, consent);
        return this;
    }

    public TestFeedback recordedBy(String staff) {
        this.staff = staff;
        return this;
    }

    public FeedbackSubmission submission() {
        ContactDetails contact = anonymous ? null : new ContactDetails(name, email, phone, address, preferred);
        return new FeedbackSubmission(type, channel, receivedAt, serviceArea, description, desiredOutcome, eventDate,
                anonymous, contact, onBehalfOf);
    }

    /** Records it as a member of staff would and returns the receipt. */
    public Receipt recordBy(FeedbackIntake intake) {
        return intake.submit(submission(), Submitter.staff(staff, "127.0.0.1"), null).receipt();
    }
}
