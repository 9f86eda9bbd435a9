package org.veil.files.media.verify;

import java.util.ArrayList;
import java.util.List;
import org.veil.files.media.MpegFrames;

/**
 * A cleaned MP3 must be MPEG audio frames and nothing else: no ID3v2 at the start, and frames of one stream
 * back to back up to the very last byte (so no trailing ID3v1/APE/Lyrics3/ID3v2 either).
 */
public final class Mp3Audit {
    private Mp3Audit() {
    }

    public static List<String> residue(byte[] b) {
        List<String> found = new ArrayList<>();
        if (TailSignatures.at(b, 0, "ID3")) {
            found.add("an ID3v2 tag at the start");
            return found;
        }
        MpegFrames.Header first = MpegFrames.at(b, 0);
        if (first == null) {
            found.add("the file does not start with an MPEG audio frame");
            return found;
        }
        int p = 0;
        while (p < b.length) {
            MpegFrames.Header h = MpegFrames.at(b, p);
            if (h == null || !h.sameStream(first) || p + h.length() > b.length) {
                found.addAll(TailSignatures.found(b, p));
                found.add((b.length - p) + " bytes that are not MPEG audio frames at byte " + p);
                break;
            }
            p += h.length();
        }
        return found;
    }
}
