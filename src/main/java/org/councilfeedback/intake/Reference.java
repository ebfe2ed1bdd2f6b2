package org.councilfeedback.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A feedback reference such as {@code FB-2026-000123}: unique, human-friendly, case-insensitive on lookup. */
public record Reference(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Z]{1,6}-[0-9]{4}-[0-9]{6,12}$");

    public Reference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a feedback reference: " + value);
        }
    }

    public static Reference of(String prefix, int year, long number) {
        // Built by hand: String.format was a noticeable share of each imported row's cost.
        StringBuilder value = new StringBuilder(prefix.length() + 20).append(prefix).append('-');
        padded(value, year, 4);
        value.append('-');
        padded(value, number, 6);
        return new Reference(value.toString());
    }

    private static void padded(StringBuilder into, long number, int width) {
        if (number < 0) {
            throw new IllegalArgumentException("Not a reference number: " + number);
        }
        String digits = Long.toString(number);
        into.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }

    /** Reads what a person typed (any case, surrounding spaces); empty when it cannot be a reference. */
    public static Optional<Reference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.trim().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(candidate).matches() ? Optional.of(new Reference(candidate)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
