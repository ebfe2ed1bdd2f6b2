package org.councilfeedback.intake;

/** Small text checks shared by the intake rules. */
final class Text {

    private Text() {
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Control characters other than tab, line feed and carriage return, or unpaired surrogates: never stored. */
    static boolean hasForbiddenCharacters(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Length in characters as a person counts them (code points). */
    static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }
}
