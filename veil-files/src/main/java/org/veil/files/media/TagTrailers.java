package org.veil.files.media;

import java.util.ArrayList;
import java.util.List;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * Tags that taggers append after the audio of MP3 (and sometimes FLAC) files: ID3v1 ("TAG", 128 bytes), enhanced
 * ID3v1 ("TAG+", 227 more bytes), APEv2 ("APETAGEX" footer, optional header), Lyrics3 v1/v2 and an appended
 * ID3v2.4 tag with a "3DI" footer. They stack in any order, so they are peeled from the end until none is left.
 */
public final class TagTrailers {
    private static final int ID3V1 = 128;
    private static final int ID3V1_ENHANCED = 227;
    private static final int APE_FOOTER = 32;
    private static final int LYRICS3V1_MAX = 5100 + 20;

    /** One trailing tag: its kind and byte range. */
    public record Trailer(String kind, int start, int end) {
    }

    private TagTrailers() {
    }

    /** Every trailing tag after {@code audioStart}, last first; the audio ends where the first-found one starts. */
    public static List<Trailer> find(byte[] b, int audioStart) throws RefusedException {
        List<Trailer> found = new ArrayList<>();
        int end = b.length;
        while (true) {
            Trailer t = trailerEndingAt(b, audioStart, end);
            if (t == null) {
                return found;
            }
            found.add(t);
            end = t.start();
        }
    }

    /** Where the audio ends once every trailing tag is cut off. */
    public static int audioEnd(byte[] b, int audioStart) throws RefusedException {
        List<Trailer> all = find(b, audioStart);
        return all.isEmpty() ? b.length : all.get(all.size() - 1).start();
    }

    private static Trailer trailerEndingAt(byte[] b, int min, int end) throws RefusedException {
        if (end - ID3V1 >= min && Bin.ascii(b, end - ID3V1, "TAG")) {
            int start = end - ID3V1;
            if (start - ID3V1_ENHANCED >= min && Bin.ascii(b, start - ID3V1_ENHANCED, "TAG+")) {
                return new Trailer("ID3v1 enhanced", start - ID3V1_ENHANCED, end);
            }
            return new Trailer("ID3v1", start, end);
        }
        if (end - APE_FOOTER >= min && Bin.ascii(b, end - APE_FOOTER, "APETAGEX")) {
            int footer = end - APE_FOOTER;
            long size = Bin.u32le(b, footer + 12);
            boolean header = (Bin.u32le(b, footer + 20) & 0x80000000L) != 0;
            long start = end - size - (header ? APE_FOOTER : 0);
            if (size < APE_FOOTER || start < min || header && !Bin.ascii(b, (int) start, "APETAGEX")) {
                throw new RefusedException("malformed or truncated APE tag at the end of the file");
            }
            return new Trailer("APEv2", (int) start, end);
        }
        if (end - 15 >= min && Bin.ascii(b, end - 9, "LYRICS200")) {
            String digits = Bin.latin1(b, end - 15, 6);
            int start = digits.matches("\\d{6}") ? end - 15 - Integer.parseInt(digits) : -1;
            if (start < min || !Bin.ascii(b, start, "LYRICSBEGIN")) {
                throw new RefusedException("malformed Lyrics3 tag at the end of the file");
            }
            return new Trailer("Lyrics3v2", start, end);
        }
        if (end - 9 >= min && Bin.ascii(b, end - 9, "LYRICSEND")) {
            for (int i = end - 9 - 11; i >= Math.max(min, end - LYRICS3V1_MAX); i--) {
                if (Bin.ascii(b, i, "LYRICSBEGIN")) {
                    return new Trailer("Lyrics3", i, end);
                }
            }
            throw new RefusedException("malformed Lyrics3 tag at the end of the file");
        }
        if (end - 10 >= min && Bin.ascii(b, end - 10, "3DI")) {
            int size = Bin.syncsafe(b, end - 4);
            long start = size < 0 ? -1 : (long) end - size - 20;
            if (start < min || !Bin.ascii(b, (int) start, "ID3")) {
                throw new RefusedException("malformed ID3v2 tag appended at the end of the file");
            }
            return new Trailer("ID3v2 appended", (int) start, end);
        }
        return null;
    }

    /** What a trailer holds, for listing. */
    public static List<MetadataItem> describe(byte[] b, Trailer t) throws RefusedException {
        List<MetadataItem> items = new ArrayList<>();
        switch (t.kind()) {
            case "ID3v1" -> {
                int p = t.start();
                items.add(field(MetadataGroup.DESCRIPTION, "ID3v1 title", b, p + 3, 30));
                items.add(field(MetadataGroup.PEOPLE, "ID3v1 artist", b, p + 33, 30));
                items.add(field(MetadataGroup.DESCRIPTION, "ID3v1 album", b, p + 63, 30));
                items.add(field(MetadataGroup.TIME, "ID3v1 year", b, p + 93, 4));
                items.add(field(MetadataGroup.DESCRIPTION, "ID3v1 comment", b, p + 97, 30));
                items.removeIf(i -> i.value().isEmpty());
            }
            case "ID3v1 enhanced" -> {
                int p = t.start();
                items.add(field(MetadataGroup.DESCRIPTION, "ID3v1+ title", b, p + 4, 60));
                items.add(field(MetadataGroup.PEOPLE, "ID3v1+ artist", b, p + 64, 60));
                items.addAll(describe(b, new Trailer("ID3v1", p + ID3V1_ENHANCED, t.end())));
            }
            case "APEv2" -> items.addAll(apeItems(b, t));
            case "ID3v2 appended" -> items.addAll(Id3v2.frames(b, t.start(), t.end() - t.start()));
            default -> items.add(new MetadataItem(MetadataGroup.DESCRIPTION, t.kind(),
                    (t.end() - t.start()) + " bytes of lyrics"));
        }
        return items;
    }

    private static MetadataItem field(MetadataGroup g, String name, byte[] b, int at, int len) throws RefusedException {
        return new MetadataItem(g, name, Bin.display(Bin.latin1(b, at, len).replace("\0", "")));
    }

    private static List<MetadataItem> apeItems(byte[] b, Trailer t) throws RefusedException {
        List<MetadataItem> items = new ArrayList<>();
        int footer = t.end() - APE_FOOTER;
        long count = Bin.u32le(b, footer + 16);
        long size = Bin.u32le(b, footer + 12);
        int p = footer + APE_FOOTER - (int) size;
        for (long i = 0; i < count && p + 8 < footer; i++) {
            long len = Bin.u32le(b, p);
            int key = p + 8;
            int nul = key;
            while (nul < footer && b[nul] != 0) {
                nul++;
            }
            String name = Bin.latin1(b, key, nul - key);
            if (nul + 1 + len > footer) {
                break;
            }
            items.add(new MetadataItem(TagGroups.named(name), "APE " + name,
                    Bin.display(Bin.utf8(b, nul + 1, (int) len))));
            p = nul + 1 + (int) len;
        }
        if (items.isEmpty()) {
            items.add(new MetadataItem(MetadataGroup.OTHER, "APE tag", size + " bytes"));
        }
        return items;
    }
}
