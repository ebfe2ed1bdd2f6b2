package org.councilfeedback.web;

import java.io.IOException;

/** Raised while reading a request body that grows past the limit. */
class RequestTooLargeException extends IOException {

    private final long limit;

    RequestTooLargeException(long limit) {
        super("Request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    String limitDescription() {
        return limit >= 1024 * 1024 ? (limit / (1024 * 1024)) + " MB" : (limit / 1024) + " KB";
    }

    static RequestTooLargeException findIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RequestTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
