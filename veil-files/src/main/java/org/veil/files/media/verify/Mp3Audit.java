package org.veil.files.media.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.files.RefusedException;
import org.veil.files.media.MpegFrames;

/**
 * A cleaned MP3 must be MPEG audio frames and nothing else: no ID3v2 at the start, and frames of one stream
 * back to back up to the very last byte (so no trailing ID3v1/APE/Lyrics3/ID3v2 either), and no encoder version
 * in the Xing/LAME header frame.
 */
public final class Mp3Audit {
    private static final Pattern ENCODER_VERSION = Pattern.compile("(?:LAME|Lavc|Lavf|GOGO|L3\\.)\\s?\\d[\\d.]*");

    private Mp3Audit() {
    }

    public static List<String> residue(byte[] b) throws RefusedException {
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
        found.addAll(encoderVersion(b, first.length()));
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

    /**
     * An encoder name with a version in the first frame (where the Xing/Info/LAME header lives), found by
     * searching its bytes rather than by walking the tag as the cleaner does.
     */
    private static List<String> encoderVersion(byte[] b, int frameLength) {
        String frame = new String(b, 0, Math.min(b.length, frameLength), StandardCharsets.ISO_8859_1);
        String start = frame.substring(0, Math.min(frame.length(), 64));
        if (!start.contains("Xing") && !start.contains("Info")) {
            return List.of(); // an audio frame: its ancillary bytes are audio data, not cleaned
        }
        Matcher m = ENCODER_VERSION.matcher(frame);
        return m.find() ? List.of("the encoder version \"" + m.group() + "\" in the Xing/LAME header frame")
                : List.of();
    }
}
