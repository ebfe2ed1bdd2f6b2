package org.councilfeedback.intake;

/** A UK postal address as the person gave it. */
public record Address(String line1, String line2, String townOrCity, String postcode) {

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return Text.isBlank(line1) && Text.isBlank(line2) && Text.isBlank(townOrCity) && Text.isBlank(postcode);
    }
}
