package org.councilfeedback.intake.web;

/** The staff search form as typed: free text and filters, checked by {@link FeedbackSearchController}. */
class SearchForm {

    static final String[] FIELDS = {"q", "type", "status", "serviceArea", "receivedFrom", "receivedTo", "page"};

    private String q;
    private String type;
    private String status;
    private String serviceArea;
    private String receivedFrom;
    private String receivedTo;
    private String page;

    /** Whether anything was asked for (otherwise the page shows the empty form). */
    boolean isEmpty() {
        return blank(q) && blank(type) && blank(status) && blank(serviceArea) && blank(receivedFrom) && blank(receivedTo);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getServiceArea() {
        return serviceArea;
    }

    public void setServiceArea(String serviceArea) {
        this.serviceArea = serviceArea;
    }

    public String getReceivedFrom() {
        return receivedFrom;
    }

    public void setReceivedFrom(String receivedFrom) {
        this.receivedFrom = receivedFrom;
    }

    public String getReceivedTo() {
        return receivedTo;
    }

    public void setReceivedTo(String receivedTo) {
        this.receivedTo = receivedTo;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
