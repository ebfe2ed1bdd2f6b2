package org.councilfeedback.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The SMTP port the application sends to in tests, chosen free once per test JVM so that test runs on the same machine
 * never fight over a fixed port. Tests start their GreenMail server on it; {@link TestDatabaseInitializer} points
 * {@code spring.mail.port} at it unless a test sets its own.
 */
public final class TestMailPort {

    public static final int PORT = freePort();

    private TestMailPort() {
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
