package org.veil.files.torrent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.FileType;
import org.veil.files.Verifier;

/**
 * A cleaned torrent, re-read by a scanner of its own (not the cleaner's reader): one dictionary spanning the
 * whole file whose keys are only {@link TorrentCleaner#KEPT}, with an 'info' dictionary.
 */
public final class TorrentVerifier implements Verifier {
    @Override
    public Set<FileType> types() {
        return Set.of(FileType.TORRENT);
    }

    @Override
    public List<String> residue(byte[] b, FileType type, CleanContext context) {
        List<String> found = new ArrayList<>();
        if (b.length < 2 || b[0] != 'd' || b[b.length - 1] != 'e') {
            found.add("not one bencoded dictionary");
            return found;
        }
        int p = 1;
        boolean info = false;
        while (p < b.length - 1) {
            int colon = p;
            while (colon < b.length && b[colon] >= '0' && b[colon] <= '9') {
                colon++;
            }
            if (colon == p || colon - p > 9 || colon >= b.length || b[colon] != ':') {
                found.add("a malformed key at byte " + p);
                return found;
            }
            int length = Integer.parseInt(new String(b, p, colon - p, StandardCharsets.US_ASCII));
            if (length > b.length - colon - 1) {
                found.add("a key past the end");
                return found;
            }
            String key = new String(b, colon + 1, length, StandardCharsets.ISO_8859_1);
            if (!TorrentCleaner.KEPT.contains(key)) {
                found.add("the top-level key '" + key + "'");
            }
            info |= key.equals("info") && colon + 1 + length < b.length && b[colon + 1 + length] == 'd';
            p = skip(b, colon + 1 + length, 0);
            if (p < 0) {
                found.add("a malformed value of '" + key + "'");
                return found;
            }
        }
        if (p != b.length - 1) {
            found.add("bytes after the dictionary");
        }
        if (!info) {
            found.add("no 'info' dictionary");
        }
        return found;
    }

    /** Where the value at {@code p} ends, or -1 when it is malformed. */
    private static int skip(byte[] b, int p, int depth) {
        if (p >= b.length || depth > 64) {
            return -1;
        }
        byte c = b[p];
        if (c == 'i') {
            int e = p + 1;
            while (e < b.length && b[e] != 'e') {
                e++;
            }
            return e < b.length ? e + 1 : -1;
        }
        if (c == 'l' || c == 'd') {
            int q = p + 1;
            while (q < b.length && b[q] != 'e') {
                q = skip(b, q, depth + 1);
                if (q < 0) {
                    return -1;
                }
            }
            return q < b.length ? q + 1 : -1;
        }
        int colon = p;
        while (colon < b.length && b[colon] >= '0' && b[colon] <= '9') {
            colon++;
        }
        if (colon == p || colon - p > 9 || colon >= b.length || b[colon] != ':') {
            return -1;
        }
        long length = Long.parseLong(new String(b, p, colon - p, StandardCharsets.US_ASCII));
        return length > b.length - colon - 1 ? -1 : colon + 1 + (int) length;
    }
}
