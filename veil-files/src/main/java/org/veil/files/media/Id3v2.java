package org.veil.files.media;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * ID3v2 tags (versions 2.2 to 2.4): where one starts and ends, and the frames it holds, for listing. Cleaning
 * never rewrites a tag; it only cuts whole tags out, so the frame reader here can be lenient.
 */
public final class Id3v2 {
    private static final int HEADER = 10;

    private Id3v2() {
    }

    /** Whether an ID3v2 header starts at {@code at}. */
    public static boolean startsAt(byte[] b, int at) {
        return Bin.ascii(b, at, "ID3") && at + HEADER <= b.length;
    }

    /**
     * The full length of the tag starting at {@code at}: header, body and footer if the footer flag is set. Refuses
     * a malformed header or a tag that runs past {@code end}.
     */
    public static int length(byte[] b, int at, int end) throws RefusedException {
        int major = Bin.u8(b, at + 3);
        int size = Bin.syncsafe(b, at + 6);
        if (major < 2 || major > 4 || Bin.u8(b, at + 4) == 0xFF || size < 0) {
            throw new RefusedException("malformed ID3v2 tag at byte " + at);
        }
        boolean footer = major == 4 && (Bin.u8(b, at + 5) & 0x10) != 0;
        long total = (long) HEADER + size + (footer ? HEADER : 0);
        if (at + total > end) {
            throw new RefusedException("the ID3v2 tag at byte " + at + " is truncated");
        }
        return (int) total;
    }

    /** What an ID3 tag stored inside another container (a WAV or AIFF chunk) holds. */
    public static List<MetadataItem> embedded(byte[] b, int start, int length, String where) {
        if (length >= HEADER && startsAt(b, start)) {
            try {
                return frames(b, start, length(b, start, start + length));
            } catch (RefusedException e) {
                // Listed below as an unreadable tag; cleaning drops the whole chunk anyway.
            }
        }
        return List.of(new MetadataItem(org.veil.files.MetadataGroup.OTHER, where, length + " bytes"));
    }

    /** The frames of the tag at {@code at} of {@code length} bytes, best effort. */
    public static List<MetadataItem> frames(byte[] b, int at, int length) throws RefusedException {
        List<MetadataItem> items = new ArrayList<>();
        int major = Bin.u8(b, at + 3);
        int flags = Bin.u8(b, at + 5);
        byte[] body = java.util.Arrays.copyOfRange(b, at + HEADER, at + length - ((major == 4 && (flags & 0x10) != 0)
                ? HEADER : 0));
        if ((flags & 0x80) != 0) {
            body = resync(body);
        }
        int p = 0;
        if ((flags & 0x40) != 0 && body.length >= 4) {
            // Extended header: v2.4 counts its own size field (syncsafe), v2.3 does not.
            p = major == 4 ? Math.max(Bin.syncsafe(body, 0), 4) : (int) Bin.u32be(body, 0) + 4;
        }
        int idLen = major == 2 ? 3 : 4;
        int headerLen = major == 2 ? 6 : 10;
        while (p + headerLen <= body.length && body[p] != 0) {
            String id = Bin.latin1(body, p, idLen);
            long size = major == 2 ? Bin.u24be(body, p + 3) : major == 4 ? Bin.syncsafe(body, p + 4)
                    : Bin.u32be(body, p + 4);
            if (size < 0 || p + headerLen + size > body.length || !id.matches("[A-Z0-9]+")) {
                items.add(new MetadataItem(org.veil.files.MetadataGroup.OTHER, "ID3v2", "unreadable frames"));
                break;
            }
            int start = p + headerLen;
            items.add(new MetadataItem(TagGroups.id3(id), "ID3v2 " + id, value(id, body, start, (int) size)));
            p = start + (int) size;
        }
        return items;
    }

    private static String value(String id, byte[] f, int at, int size) throws RefusedException {
        if (size < 1) {
            return "";
        }
        if (id.startsWith("T") && !id.equals("TXXX") && !id.equals("TXX")) {
            return text(f, at + 1, size - 1, f[at]);
        }
        if (id.equals("COMM") || id.equals("COM") || id.equals("USLT") || id.equals("ULT")) {
            return size > 4 ? text(f, at + 4, size - 4, f[at]) : "";
        }
        if (id.equals("TXXX") || id.equals("TXX") || id.equals("WXXX") || id.equals("WXX")) {
            return text(f, at + 1, size - 1, f[at]);
        }
        if (id.startsWith("W")) {
            return Bin.display(Bin.latin1(f, at, size));
        }
        if (id.equals("APIC") || id.equals("PIC")) {
            return "picture, " + size + " bytes";
        }
        return size + " bytes";
    }

    /** Text in one of the four ID3 encodings; NUL separators (description/value) shown as " / ". */
    private static String text(byte[] f, int at, int length, byte encoding) {
        Charset cs = switch (encoding) {
            case 1 -> StandardCharsets.UTF_16;
            case 2 -> StandardCharsets.UTF_16BE;
            case 3 -> StandardCharsets.UTF_8;
            default -> StandardCharsets.ISO_8859_1;
        };
        String s = new String(f, at, length, cs).replaceAll("\u0000+$", "").replace("\u0000", " / ");
        return Bin.display(s);
    }

    /** Undoes ID3 unsynchronisation (0xFF 0x00 → 0xFF). */
    private static byte[] resync(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length);
        for (int i = 0; i < body.length; i++) {
            out.write(body[i]);
            if ((body[i] & 0xFF) == 0xFF && i + 1 < body.length && body[i + 1] == 0) {
                i++;
            }
        }
        return out.toByteArray();
    }
}
