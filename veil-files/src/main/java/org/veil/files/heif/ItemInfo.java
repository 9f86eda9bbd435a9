package org.veil.files.heif;

import java.util.ArrayList;
import java.util.List;
import org.veil.files.RefusedException;
import org.veil.files.media.Bin;
import org.veil.files.media.IsoBox;

/**
 * One 'infe' entry of the 'iinf' box: item id, type ('hvc1', 'av01', 'grid', 'Exif', 'mime', …), whether it is
 * hidden, its name, and for 'mime' items the content type (XMP is "application/rdf+xml").
 */
record ItemInfo(long id, int version, int flags, String type, String name, String contentType) {
    /** Item types that hold metadata, never pixels. */
    boolean metadata() {
        return type.equals("Exif") || type.equals("mime") || type.equals("uri ");
    }

    /** The 'infe' boxes of an 'iinf' box. Only versions 2 and 3 (what HEIF requires) are read. */
    static List<ItemInfo> parse(byte[] b, IsoBox iinf) throws RefusedException {
        int version = Bin.u8(b, iinf.payload());
        int first = iinf.payload() + 4 + (version == 0 ? 2 : 4);
        List<ItemInfo> items = new ArrayList<>();
        for (IsoBox box : IsoBox.children(b, first, iinf.end(), false)) {
            if (!box.type().equals("infe")) {
                throw new RefusedException("an unexpected '" + box.type() + "' box in 'iinf'");
            }
            items.add(entry(b, box));
        }
        return items;
    }

    private static ItemInfo entry(byte[] b, IsoBox box) throws RefusedException {
        int p = box.payload();
        int version = Bin.u8(b, p);
        int flags = Bin.u24be(b, p + 1);
        if (version < 2 || version > 3) {
            throw new RefusedException("an item info entry of version " + version + ", which HEIF does not use");
        }
        p += 4;
        long id = version == 2 ? Bin.u16be(b, p) : Bin.u32be(b, p);
        p += version == 2 ? 2 : 4;
        int protection = Bin.u16be(b, p);
        if (protection != 0) {
            throw new RefusedException("item " + id + " is encrypted (protected), which Veil does not read");
        }
        String type = Bin.fourCc(b, p + 2);
        p += 6;
        int nameEnd = terminator(b, p, box.end());
        String name = Bin.utf8(b, p, nameEnd - p);
        String contentType = "";
        if (type.equals("mime") || type.equals("uri ")) {
            int from = Math.min(nameEnd + 1, box.end());
            contentType = Bin.utf8(b, from, terminator(b, from, box.end()) - from);
        }
        return new ItemInfo(id, version, flags, type, name, contentType);
    }

    /** Where the NUL ending a string starting at {@code from} is, or {@code end} when it is missing. */
    private static int terminator(byte[] b, int from, int end) {
        int p = from;
        while (p < end && b[p] != 0) {
            p++;
        }
        return p;
    }

    /** An 'iinf' box with {@code items}, each without a name (names such as "Color" or a camera's are dropped). */
    static byte[] write(int iinfVersion, List<ItemInfo> items) {
        BoxWriter w = new BoxWriter().u8(iinfVersion).u8(0).u8(0).u8(0);
        if (iinfVersion == 0) {
            w.u16(items.size());
        } else {
            w.u32(items.size());
        }
        for (ItemInfo i : items) {
            BoxWriter e = new BoxWriter().u8(i.version()).u8(i.flags() >>> 16).u8(i.flags() >>> 8).u8(i.flags());
            if (i.version() == 2) {
                e.u16((int) i.id());
            } else {
                e.u32(i.id());
            }
            e.u16(0).fourCc(i.type()).u8(0);
            w.bytes(BoxWriter.box("infe", e));
        }
        return BoxWriter.box("iinf", w);
    }
}
