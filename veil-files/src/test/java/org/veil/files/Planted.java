package org.veil.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veil.files.archive.SafeZip;
import org.veil.files.archive.ZipMember;

/** The values tests plant in dirty files, and a search for them in every form a file may hide them. */
final class Planted {
    static final String PERSON = "Ivan Petrov-Secret";
    static final String SERIAL = "SN-VEIL-123456";
    static final String COMMENT = "planted comment";
    static final String DEVICE = "VeilCam X1-Secret";
    static final String SOFTWARE = "SecretTool 9.9";
    static final List<String> ALL = List.of(PERSON, SERIAL, COMMENT, DEVICE, SOFTWARE);

    private Planted() {
    }

    /** Planted values found in the bytes: raw, as UTF-16, and inside ZIP members (recursively). */
    static List<String> foundIn(byte[] bytes) {
        List<String> found = new ArrayList<>();
        String latin = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String utf16le = new String(bytes, StandardCharsets.UTF_16LE).toLowerCase(Locale.ROOT);
        String utf16be = new String(bytes, StandardCharsets.UTF_16BE).toLowerCase(Locale.ROOT);
        for (String v : ALL) {
            String needle = v.toLowerCase(Locale.ROOT);
            if (latin.contains(needle) || utf16le.contains(needle) || utf16be.contains(needle)) {
                found.add(v);
            }
        }
        if (SafeZip.looksLikeZip(bytes)) {
            try {
                for (ZipMember m : SafeZip.read(bytes, Limits.defaults())) {
                    for (String v : foundIn(m.data())) {
                        found.add(v + " (in " + m.name() + ")");
                    }
                }
            } catch (RefusedException e) {
                found.add("unreadable ZIP: " + e.getMessage());
            }
        }
        return found;
    }

    /** Planted values in an exiftool dump. */
    static List<String> foundInDump(String dump) {
        String d = dump.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String v : ALL) {
            if (d.contains(v.toLowerCase(Locale.ROOT))) {
                found.add(v);
            }
        }
        for (String line : dump.split("\n")) {
            if (line.contains("[GPS]") || line.matches(".*\\] GPS(Latitude|Longitude|Coordinates|Position)\\b.*")) {
                found.add(line.strip());
            }
        }
        return found;
    }
}
