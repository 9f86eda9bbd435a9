package org.veil.files.torrent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.veil.files.RefusedException;

/**
 * A strict bencode reader: integers ({@code i42e}), byte strings ({@code 4:spam}), lists and dictionaries, with
 * every value's byte range kept so that a value (a torrent's 'info') can be copied exactly. Leading zeros,
 * "-0", unsorted or repeated dictionary keys, nesting deeper than {@value #MAX_DEPTH} and trailing bytes are
 * refused.
 */
public final class Bencode {
    static final int MAX_DEPTH = 64;

    /** One value: 'i', 's', 'l' or 'd', its bytes [start, end), and for dictionaries the keys beside the values. */
    public record Node(char kind, int start, int end, List<String> keys, List<Node> values) {
        /** The value of {@code key} in a dictionary, or null. */
        public Node get(String key) {
            int i = keys.indexOf(key);
            return i < 0 ? null : values.get(i);
        }
    }

    private final byte[] b;
    private int p;

    private Bencode(byte[] b) {
        this.b = b;
    }

    /** The whole of {@code b} as one value. */
    public static Node parse(byte[] b) throws RefusedException {
        Bencode r = new Bencode(b);
        Node n = r.value(0);
        if (r.p != b.length) {
            throw new RefusedException((b.length - r.p) + " bytes after the end of the bencoded data");
        }
        return n;
    }

    private Node value(int depth) throws RefusedException {
        if (depth > MAX_DEPTH) {
            throw new RefusedException("bencoded data nested more than " + MAX_DEPTH + " deep");
        }
        int start = p;
        int c = next();
        if (c == 'i') {
            p++;
            digits(true, 'e');
            return new Node('i', start, p, List.of(), List.of());
        }
        if (c >= '0' && c <= '9') {
            long length = digits(false, ':');
            if (length > b.length - p) {
                throw new RefusedException("a bencoded string runs past the end of the file");
            }
            p += (int) length;
            return new Node('s', start, p, List.of(), List.of());
        }
        if (c == 'l' || c == 'd') {
            p++;
            List<String> keys = new ArrayList<>();
            List<Node> values = new ArrayList<>();
            while (next() != 'e') {
                if (c == 'd') {
                    Node key = value(depth + 1);
                    if (key.kind() != 's') {
                        throw new RefusedException("a bencoded dictionary key that is not a string");
                    }
                    String k = string(key);
                    if (!keys.isEmpty() && k.compareTo(keys.get(keys.size() - 1)) <= 0) {
                        throw new RefusedException("bencoded dictionary keys out of order or repeated ('" + k + "')");
                    }
                    keys.add(k);
                }
                values.add(value(depth + 1));
            }
            p++;
            return new Node((char) c, start, p, keys, values);
        }
        throw new RefusedException("not bencoded data (byte " + p + ")");
    }

    /** The text of a string node (Latin-1, so that raw bytes compare as bencode sorts them). */
    String string(Node s) {
        int colon = s.start();
        while (b[colon] != ':') {
            colon++;
        }
        return new String(b, colon + 1, s.end() - colon - 1, StandardCharsets.ISO_8859_1);
    }

    /** Reads a decimal number up to {@code end}, without leading zeros; returns it (strings) or 0 (integers). */
    private long digits(boolean signed, char end) throws RefusedException {
        int from = p;
        if (signed && p < b.length && b[p] == '-') {
            p++;
        }
        int first = p;
        long v = 0;
        while (p < b.length && b[p] >= '0' && b[p] <= '9') {
            if (p - first >= 18) {
                throw new RefusedException("a bencoded number with too many digits");
            }
            v = v * 10 + (b[p] - '0');
            p++;
        }
        if (p == first || p >= b.length || b[p] != end
                || b[first] == '0' && (p - first > 1 || first != from)) {
            throw new RefusedException("a malformed bencoded number at byte " + from);
        }
        p++;
        return v;
    }

    private int next() throws RefusedException {
        if (p >= b.length) {
            throw new RefusedException("the bencoded data is truncated");
        }
        return b[p];
    }

    /**
     * Whether {@code c} looks like a torrent: a dictionary opening with a short printable key, and an 'info'
     * dictionary somewhere. Deliberately loose, so that a damaged torrent is refused by the strict reader rather
     * than passed on as something else.
     */
    public static boolean looksLikeTorrent(byte[] c) {
        if (c.length < 8 || c[0] != 'd' || c[1] < '1' || c[1] > '9') {
            return false;
        }
        int colon = c[2] == ':' ? 2 : c[2] >= '0' && c[2] <= '9' && c[3] == ':' ? 3 : -1;
        if (colon < 0) {
            return false;
        }
        int length = Integer.parseInt(new String(c, 1, colon - 1, StandardCharsets.US_ASCII));
        if (length > c.length - colon - 1) {
            return false;
        }
        for (int i = colon + 1; i <= colon + length; i++) {
            if (c[i] < 0x20 || c[i] > 0x7E) {
                return false;
            }
        }
        return new String(c, StandardCharsets.ISO_8859_1).contains("4:infod");
    }

    /** A string node's text, for callers outside the reader. */
    public static String text(byte[] b, Node s) {
        return new Bencode(b).string(s);
    }
}
