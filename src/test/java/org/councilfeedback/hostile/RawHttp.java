package org.councilfeedback.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A deliberately naive HTTP/1.1 client over a plain socket, so that a test can send what no well-behaved client would:
 * any method, any bytes in the request line, headers and body, conflicting lengths, no Host header. Every request
 * closes its connection.
 *
 * <p>Directives (headers that are not sent): {@code X-Raw-Request-Line} replaces the request line, {@code X-No-Host}
 * leaves out the Host header, {@code X-Raw-Chunks} sends a chunked body as given instead of encoding it.
 */
final class RawHttp {

    /** A response: status -1 when the server closed the connection without one. */
    record Response(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    Response send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        Map<String, String> sent = new LinkedHashMap<>(headers);
        String requestLine = sent.remove("X-Raw-Request-Line");
        boolean noHost = sent.remove("X-No-Host") != null;
        boolean rawChunks = sent.remove("X-Raw-Chunks") != null;
        boolean chunked = sent.entrySet().stream().anyMatch(e -> e.getKey().equalsIgnoreCase("Transfer-Encoding")
                && e.getValue().toLowerCase(Locale.ROOT).contains("chunked"));
        boolean hasLength = sent.keySet().stream().anyMatch(k -> k.equalsIgnoreCase("Content-Length"));
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        write(request, requestLine != null ? requestLine + "\r\n" : method + " " + target + " HTTP/1.1\r\n");
        if (requestLine == null || requestLine.contains("HTTP/1")) {
            if (!noHost && sent.keySet().stream().noneMatch(k -> k.equalsIgnoreCase("Host"))) {
                write(request, "Host: 127.0.0.1:" + port + "\r\n");
            }
            for (var header : sent.entrySet()) {
                write(request, header.getKey() + ": " + header.getValue() + "\r\n");
            }
            if (body != null && !chunked && !hasLength) {
                write(request, "Content-Length: " + body.length + "\r\n");
            }
            write(request, "Connection: close\r\n\r\n");
            if (body != null) {
                if (chunked && !rawChunks) {
                    for (int offset = 0; offset < body.length; offset += 8192) {
                        int n = Math.min(8192, body.length - offset);
                        write(request, Integer.toHexString(n) + "\r\n");
                        request.write(body, offset, n);
                        write(request, "\r\n");
                    }
                    write(request, "0\r\n\r\n");
                } else {
                    request.write(body);
                }
            }
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toByteArray());
                out.flush();
            } catch (IOException cutOff) {
                // the server may answer and close before reading everything (for example 413): read what it said
            }
            return read(socket.getInputStream());
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                raw.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // take what arrived
        }
        byte[] bytes = raw.toByteArray();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Response(-1, Map.of(), text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))) {
            body = dechunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length) {
            int lineEnd = i;
            while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String sizeText = new String(body, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size;
            try {
                size = Integer.parseInt(sizeText, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(body, start, Math.min(size, body.length - start));
            i = start + size + 2;
        }
        return out.toByteArray();
    }
}
