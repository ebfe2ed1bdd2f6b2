package org.councilfeedback.correspondence;

/** Told when a message has gone: an email accepted by the mail server, a letter posted or a call made. */
interface MessageCompletionListener {

    void completed(OutgoingMessage message, String actor);
}
