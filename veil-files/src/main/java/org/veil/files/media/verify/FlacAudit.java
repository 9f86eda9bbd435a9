package org.veil.files.media.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * A cleaned FLAC must start with "fLaC", hold only STREAMINFO (first) and SEEKTABLE blocks with the last one
 * flagged as last, continue with a frame sync, and end without an appended tag.
 */
public final class FlacAudit {
    private static final String[] NAMES = {"STREAMINFO", "PADDING", "APPLICATION", "SEEKTABLE", "VORBIS_COMMENT",
            "CUESHEET", "PICTURE"};

    private FlacAudit() {
    }

    public static List<String> residue(byte[] b) {
        List<String> found = new ArrayList<>();
        if (!TailSignatures.at(b, 0, "fLaC")) {
            found.add(TailSignatures.at(b, 0, "ID3") ? "an ID3v2 tag before the FLAC stream"
                    : "no \"fLaC\" marker at the start");
            return found;
        }
        int p = 4;
        int index = 0;
        boolean last = false;
        while (!last) {
            if (p + 4 > b.length) {
                found.add("truncated metadata");
                return found;
            }
            int type = b[p] & 0x7F;
            last = (b[p] & 0x80) != 0;
            int length = ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
            boolean allowed = index == 0 ? type == 0 : type == 3;
            if (!allowed) {
                found.add("metadata block " + (type < NAMES.length ? NAMES[type] : "type " + type));
            }
            p += 4 + length;
            index++;
        }
        if (p > b.length) {
            found.add("truncated metadata");
        } else if (p < b.length && (p + 1 >= b.length || (b[p] & 0xFF) != 0xFF || (b[p + 1] & 0xFE) != 0xF8)) {
            found.add("data that is not a FLAC frame after the metadata");
        }
        found.addAll(TailSignatures.found(b, p));
        return found;
    }
}
