package org.veil.cli;

/** File names and messages as printed: control characters escaped, so one report line stays one line. */
final class Names {
    private Names() {
    }

    /** {@code a\nb.jpg} for a name holding a newline; anything without control characters is unchanged. */
    static String shown(Object nameOrMessage) {
        String s = String.valueOf(nameOrMessage);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
