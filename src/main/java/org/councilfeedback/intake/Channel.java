package org.councilfeedback.intake;

/** How feedback reached the council. */
public enum Channel {
    ONLINE, PHONE, EMAIL, LETTER, FACE_TO_FACE, COUNCILLOR;

    /** The way the policy says we reply on this channel, unless the person tells us otherwise. */
    public ContactMethod naturalReply() {
        return switch (this) {
            case ONLINE, EMAIL -> ContactMethod.EMAIL;
            case LETTER -> ContactMethod.LETTER;
            case PHONE, FACE_TO_FACE -> ContactMethod.PHONE;
            case COUNCILLOR -> ContactMethod.EMAIL;
        };
    }
}
