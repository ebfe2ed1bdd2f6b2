package org.councilfeedback.correspondence;

import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

/**
 * Tells a mail server's permanent refusal of a recipient (a 5xx reply to {@code RCPT TO}, such as "550 mailbox
 * unavailable": the email bounces) from a failure worth retrying (a 4xx reply, a refused connection, a timeout).
 */
final class RecipientRefusal {

    private RecipientRefusal() {
    }

    /** The server's reply when it refused the recipient for good; empty for anything that may work later. */
    static Optional<String> permanent(Throwable failure) {
        for (Throwable current : chain(failure)) {
            if (current instanceof SMTPAddressFailedException refused) {
                int code = refused.getReturnCode();
                if (code >= 500 && code < 600) {
                    return Optional.of(refused.getMessage() == null ? "Refused: " + code : refused.getMessage().strip());
                }
            }
        }
        return Optional.empty();
    }

    /** What went wrong, for staff: each distinct message down the chain ("Invalid Addresses: 451 4.3.0 Try again"). */
    static String describe(Throwable failure) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable current : chain(failure)) {
            if (current.getMessage() != null && !current.getMessage().isBlank()) {
                messages.add(current.getMessage().strip());
            }
        }
        return messages.isEmpty() ? failure.getClass().getSimpleName() : String.join(": ", messages);
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = new HashSet<>();
        Throwable current = failure;
        while (current != null && seen.add(current)) {
            chain.add(current);
            Throwable next = current instanceof MessagingException messaging ? messaging.getNextException() : null;
            current = next != null ? next : current.getCause();
        }
        return chain;
    }
}
