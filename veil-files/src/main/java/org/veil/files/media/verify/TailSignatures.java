package org.veil.files.media.verify;

import java.util.ArrayList;
import java.util.List;

/** Signatures of tags that sit at the end of MP3 and FLAC files, checked directly on the last bytes. */
final class TailSignatures {
    private TailSignatures() {
    }

    static List<String> found(byte[] b, int min) {
        List<String> found = new ArrayList<>();
        check(found, b, b.length - 128, min, "TAG", "an ID3v1 tag at the end");
        check(found, b, b.length - 32, min, "APETAGEX", "an APE tag at the end");
        check(found, b, b.length - 9, min, "LYRICS200", "a Lyrics3 tag at the end");
        check(found, b, b.length - 9, min, "LYRICSEND", "a Lyrics3 tag at the end");
        check(found, b, b.length - 10, min, "3DI", "an appended ID3v2 tag at the end");
        return found;
    }

    static boolean at(byte[] b, int at, String s) {
        return org.veil.files.Ascii.at(b, at, s);
    }

    private static void check(List<String> found, byte[] b, int at, int min, String sig, String what) {
        if (at >= min && at(b, at, sig)) {
            found.add(what);
        }
    }
}
