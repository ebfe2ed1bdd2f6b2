package org.councilfeedback.intake.web;

/**
 * The staff recording form exactly as typed (every field a string, so that nothing typed is lost when the page is shown
 * again with errors). {@link RecordFeedbackController} turns it into a {@code FeedbackSubmission}.
 */
class RecordFeedbackForm {

    /** The only request parameters bound to this form. */
    static final String[] FIELDS = {"channel", "receivedDay", "receivedMonth", "receivedYear", "receivedHour",
            "receivedMinute", "type", "serviceArea", "description", "desiredOutcome", "eventDay", "eventMonth",
            "eventYear", "anonymous", "name", "email", "phone", "addressLine1", "addressLine2", "town", "postcode",
            "preferredContactMethod", "onBehalfName", "onBehalfRelationship", "onBehalfConsent", "idempotencyKey"};

    private String channel;
    private String receivedDay;
    private String receivedMonth;
    private String receivedYear;
    private String receivedHour;
    private String receivedMinute;
    private String type;
    private String serviceArea;
    private String description;
    private String desiredOutcome;
    private String eventDay;
    private String eventMonth;
    private String eventYear;
    private String anonymous;
    private String name;
    private String email;
    private String phone;
    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private String preferredContactMethod;
    private String onBehalfName;
    private String onBehalfRelationship;
    private String onBehalfConsent;
    private String idempotencyKey;

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getReceivedDay() {
        return receivedDay;
    }

    public void setReceivedDay(String receivedDay) {
        this.receivedDay = receivedDay;
    }

    public String getReceivedMonth() {
        return receivedMonth;
    }

    public void setReceivedMonth(String receivedMonth) {
        this.receivedMonth = receivedMonth;
    }

    public String getReceivedYear() {
        return receivedYear;
    }

    public void setReceivedYear(String receivedYear) {
        this.receivedYear = receivedYear;
    }

    public String getReceivedHour() {
        return receivedHour;
    }

    public void setReceivedHour(String receivedHour) {
        this.receivedHour = receivedHour;
    }

    public String getReceivedMinute() {
        return receivedMinute;
    }

    public void setReceivedMinute(String receivedMinute) {
        this.receivedMinute = receivedMinute;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getServiceArea() {
        return serviceArea;
    }

    public void setServiceArea(String serviceArea) {
        this.serviceArea = serviceArea;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDesiredOutcome() {
        return desiredOutcome;
    }

    public void setDesiredOutcome(String desiredOutcome) {
        this.desiredOutcome = desiredOutcome;
    }

    public String getEventDay() {
        return eventDay;
    }

    public void setEventDay(String eventDay) {
        this.eventDay = eventDay;
    }

    public String getEventMonth() {
        return eventMonth;
    }

    public void setEventMonth(String eventMonth) {
        this.eventMonth = eventMonth;
    }

    public String getEventYear() {
        return eventYear;
    }

    public void setEventYear(String eventYear) {
        this.eventYear = eventYear;
    }

    public String getAnonymous() {
        return anonymous;
    }

    public void setAnonymous(String anonymous) {
        this.anonymous = anonymous;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getPreferredContactMethod() {
        return preferredContactMethod;
    }

    public void setPreferredContactMethod(String preferredContactMethod) {
        this.preferredContactMethod = preferredContactMethod;
    }

    public String getOnBehalfName() {
        return onBehalfName;
    }

    public void setOnBehalfName(String onBehalfName) {
        this.onBehalfName = onBehalfName;
    }

    public String getOnBehalfRelationship() {
        return onBehalfRelationship;
    }

    public void setOnBehalfRelationship(String onBehalfRelationship) {
        this.onBehalfRelationship = onBehalfRelationship;
    }

    public String getOnBehalfConsent() {
        return onBehalfConsent;
    }

    public void setOnBehalfConsent(String onBehalfConsent) {
        this.onBehalfConsent = onBehalfConsent;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
