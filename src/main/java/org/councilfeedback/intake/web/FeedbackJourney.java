package org.councilfeedback.intake.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.councilfeedback.intake.AcknowledgementMethod;
import org.councilfeedback.intake.Address;
import org.councilfeedback.intake.Channel;
import org.councilfeedback.intake.ContactDetails;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackSubmission;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.intake.OnBehalfOf;

/**
 * The answers given so far on the public "give feedback" journey, kept in the HTTP session between pages (sessions
 * live in the database, so this holds plain values only). {@code null} means "not answered yet"; an empty string
 * means "answered, left blank". Text is kept exactly as typed. Once sent, the answers are dropped and only what the
 * confirmation page needs is kept.
 */
final class FeedbackJourney implements Serializable, Cloneable {

    static final String SESSION_ATTRIBUTE = FeedbackJourney.class.getName();

    @Serial
    private static final long serialVersionUID = 1L;

    /** The first question: whether the person needs something other than this form. */
    enum About {
        SOMEONE_AT_RISK, SCHOOL, HIGHWAY_PROBLEM, FEEDBACK
    }

    /** Repeating a submission with this key returns the first one's receipt instead of storing it twice. */
    private final String idempotencyKey = UUID.randomUUID().toString();

    private About about;
    private FeedbackType type;
    private String serviceArea;
    private String description;
    private boolean eventDateAnswered;
    private LocalDate eventDate;
    private String desiredOutcome;
    private Boolean forSomeoneElse;
    private String theirName;
    private String relationship;
    private Boolean theirConsent;
    private Boolean anonymous;
    private String name;
    private ContactMethod contactMethod;
    private String email;
    private String phone;
    private String addressLine1;
    private String addressLine2;
    private String townOrCity;
    private String postcode;
    private boolean honeypotFilled;

    private boolean sent;
    private String reference;
    private AcknowledgementMethod acknowledgementMethod;
    private LocalDate receivedOn;

    /** The answers as a submission for {@code SubmissionRules} and {@code FeedbackIntake}: only the details for the chosen reply method. */
    FeedbackSubmission toSubmission() {
        boolean isAnonymous = Boolean.TRUE.equals(anonymous);
        ContactDetails contact = null;
        if (!isAnonymous && (name != null || contactMethod != null)) {
            contact = new ContactDetails(name,
                    contactMethod == ContactMethod.EMAIL ? email : null,
                    contactMethod == ContactMethod.PHONE ? phone : null,
                    contactMethod == ContactMethod.LETTER
                            ? new Address(addressLine1, blankToNull(addressLine2), townOrCity, postcode) : null,
                    contactMethod);
        }
        OnBehalfOf onBehalfOf = Boolean.TRUE.equals(forSomeoneElse)
                ? new OnBehalfOf(theirName, relationship, theirConsent) : null;
        return new FeedbackSubmission(type, Channel.ONLINE, null, blankToNull(serviceArea), description,
                blankToNull(desiredOutcome), eventDate, isAnonymous, contact, onBehalfOf);
    }

    /** What is left once the feedback is sent: enough for the confirmation page, and no personal details. */
    FeedbackJourney sentAs(String sentReference, AcknowledgementMethod method, LocalDate on) {
        FeedbackJourney done = new FeedbackJourney();
        done.sent = true;
        done.reference = sentReference;
        done.acknowledgementMethod = method;
        done.receivedOn = on;
        done.anonymous = anonymous;
        return done;
    }

    FeedbackJourney copy() {
        try {
            return (FeedbackJourney) clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    String getIdempotencyKey() {
        return idempotencyKey;
    }

    public About getAbout() {
        return about;
    }

    void setAbout(About about) {
        this.about = about;
    }

    public FeedbackType getType() {
        return type;
    }

    void setType(FeedbackType type) {
        this.type = type;
    }

    public String getServiceArea() {
        return serviceArea;
    }

    void setServiceArea(String serviceArea) {
        this.serviceArea = serviceArea;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public boolean isEventDateAnswered() {
        return eventDateAnswered;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    void setEventDate(LocalDate eventDate) {
        this.eventDate = eventDate;
        this.eventDateAnswered = true;
    }

    public String getDesiredOutcome() {
        return desiredOutcome;
    }

    void setDesiredOutcome(String desiredOutcome) {
        this.desiredOutcome = desiredOutcome;
    }

    public Boolean getForSomeoneElse() {
        return forSomeoneElse;
    }

    void setForSomeoneElse(Boolean forSomeoneElse) {
        this.forSomeoneElse = forSomeoneElse;
    }

    public String getTheirName() {
        return theirName;
    }

    void setTheirName(String theirName) {
        this.theirName = theirName;
    }

    public String getRelationship() {
        return relationship;
    }

    void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public Boolean getTheirConsent() {
        return theirConsent;
    }

    void setTheirConsent(Boolean theirConsent) {
        this.theirConsent = theirConsent;
    }

    public Boolean getAnonymous() {
        return anonymous;
    }

    void setAnonymous(Boolean anonymous) {
        this.anonymous = anonymous;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public ContactMethod getContactMethod() {
        return contactMethod;
    }

    void setContactMethod(ContactMethod contactMethod) {
        this.contactMethod = contactMethod;
    }

    public String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public String getTownOrCity() {
        return townOrCity;
    }

    public String getPostcode() {
        return postcode;
    }

    void setAddress(String line1, String line2, String town, String postcodeGiven) {
        this.addressLine1 = line1;
        this.addressLine2 = line2;
        this.townOrCity = town;
        this.postcode = postcodeGiven;
    }

    boolean isHoneypotFilled() {
        return honeypotFilled;
    }

    void markHoneypotFilled() {
        this.honeypotFilled = true;
    }

    public boolean isSent() {
        return sent;
    }

    public String getReference() {
        return reference;
    }

    public AcknowledgementMethod getAcknowledgementMethod() {
        return acknowledgementMethod;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }
}
