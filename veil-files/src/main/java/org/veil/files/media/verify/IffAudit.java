package org.veil.files.media.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A cleaned WAV or AIFF must be one form whose size matches the file, holding only the chunks that carry the
 * sound and its format: fmt/fact/data for WAV, COMM/SSND/FVER for AIFF.
 */
public final class IffAudit {
    private final boolean bigEndian;
    private final String form;
    private final Set<String> formTypes;
    private final Set<String> allowed;

    private IffAudit(boolean bigEndian, String form, Set<String> formTypes, Set<String> allowed) {
        this.bigEndian = bigEndian;
        this.form = form;
        this.formTypes = formTypes;
        this.allowed = allowed;
    }

    public static IffAudit wav() {
        return new IffAudit(false, "RIFF", Set.of("WAVE"), Set.of("fmt ", "fact", "data"));
    }

    public static IffAudit aiff() {
        return new IffAudit(true, "FORM", Set.of("AIFF", "AIFC"), Set.of("COMM", "SSND", "FVER"));
    }

    public List<String> residue(byte[] b) {
        List<String> found = new ArrayList<>();
        if (b.length < 12 || !TailSignatures.at(b, 0, form)
                || !formTypes.contains(new String(b, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1))) {
            found.add("not a " + form + " form");
            return found;
        }
        if (size(b, 4) != b.length - 8L) {
            found.add("the form size does not match the file (" + (b.length - 8L - size(b, 4)) + " bytes outside)");
        }
        long p = 12;
        while (p + 8 <= b.length) {
            String id = new String(b, (int) p, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            long size = size(b, (int) p + 4);
            if (!allowed.contains(id)) {
                found.add("chunk '" + id.strip() + "' (" + size + " bytes)");
            }
            p += 8 + size + (size & 1);
        }
        if (p != b.length) {
            found.add("a truncated or misaligned chunk at the end");
        }
        return found;
    }

    private long size(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 8) | (b[at + (bigEndian ? i : 3 - i)] & 0xFF);
        }
        return v;
    }
}
