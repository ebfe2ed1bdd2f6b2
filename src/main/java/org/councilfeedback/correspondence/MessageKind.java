package org.councilfeedback.correspondence;

/** Why a message is sent. */
public enum MessageKind {
    ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_COPY, RESPONSE, NOTICE, INTERNAL_ALERT
}
