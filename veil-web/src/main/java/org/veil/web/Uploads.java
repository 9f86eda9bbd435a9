package org.veil.web;

import org.veil.core.io.InputRejected;
import org.veil.core.io.TextInput;

/**
 * Checks an uploaded document by its content, not its name: document formats and images are refused with a
 * message (plain text only for now), and the rest must be UTF-8 text under the size limit.
 */
final class Uploads {
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private Uploads() {
    }

    static String text(byte[] bytes, String name) throws Refused {
        String format = format(bytes);
        if (format != null) {
            throw new Refused(415, name + " is " + format + "; only plain UTF-8 text can be reviewed for now"
                    + " (save it as .txt first)");
        }
        try {
            return new TextInput(MAX_BYTES).decode(bytes, name);
        } catch (InputRejected e) {
            throw new Refused(415, e.getMessage());
        }
    }

    /** The document or image format the bytes start with, or null for anything else. */
    static String format(byte[] b) {
        if (starts(b, 'P', 'K', 3, 4)) {
            return "a ZIP container (DOCX, ODT, XLSX, EPUB…)";
        } else if (starts(b, '%', 'P', 'D', 'F')) {
            return "a PDF";
        } else if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Office document (DOC, XLS)";
        } else if (starts(b, '{', '\\', 'r', 't', 'f')) {
            return "an RTF document";
        } else if (starts(b, 0xFF, 0xD8, 0xFF) || starts(b, 0x89, 'P', 'N', 'G') || starts(b, 'G', 'I', 'F', '8')) {
            return "an image";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A bare file name from what the browser sent: no folders, no control characters. */
    static String safeName(String raw) {
        String n = raw == null ? "" : raw.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (n.isEmpty() || n.startsWith(".")) {
            return "upload.txt";
        }
        return n.length() > 120 ? n.substring(0, 120) : n;
    }
}
