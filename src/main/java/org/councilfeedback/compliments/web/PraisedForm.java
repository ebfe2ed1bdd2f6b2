package org.councilfeedback.compliments.web;

import org.councilfeedback.compliments.Compliment;
import org.councilfeedback.compliments.Praised;
import org.councilfeedback.compliments.PraisedKind;

/** The "who or what is praised" form as submitted: text as typed, turned into a {@link Praised} only when valid. */
class PraisedForm {

    /** The only fields a request may bind. */
    static final String[] FIELDS = {"kind", "name", "email", "serviceArea"};

    private String kind;
    private String name;
    private String email;
    private String serviceArea;

    /** The form filled in with what is recorded, or empty. */
    static PraisedForm of(Compliment compliment) {
        PraisedForm form = new PraisedForm();
        if (compliment != null && compliment.praised() != null) {
            Praised praised = compliment.praised();
            form.kind = praised.kind().name();
            form.name = praised.name();
            form.email = praised.email();
            form.serviceArea = praised.serviceArea();
        }
        return form;
    }

    /** The kind chosen, or null when none (or an unknown one) was. */
    PraisedKind parsedKind() {
        for (PraisedKind value : PraisedKind.values()) {
            if (value.name().equals(kind)) {
                return value;
            }
        }
        return null;
    }

    Praised toPraised() {
        return new Praised(parsedKind(), name, email, serviceArea);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
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

    public String getServiceArea() {
        return serviceArea;
    }

    public void setServiceArea(String serviceArea) {
        this.serviceArea = serviceArea;
    }
}
