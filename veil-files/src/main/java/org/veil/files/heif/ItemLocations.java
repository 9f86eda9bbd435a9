package org.veil.files.heif;

import java.util.ArrayList;
import java.util.List;
import org.veil.files.RefusedException;
import org.veil.files.media.Bin;
import org.veil.files.media.IsoBox;

/**
 * The 'iloc' box: where each item's data lies, as extents in the file (construction method 0) or in the 'idat'
 * box (method 1). Item-relative extents (method 2) and data in other files are refused.
 */
record ItemLocations(int version, int indexSize, List<Location> items) {
    /** One item's data: its extents, each with an absolute position (base offset already added). */
    record Location(long itemId, int method, List<Extent> extents) {
    }

    record Extent(long index, long offset, long length) {
    }

    static ItemLocations parse(byte[] b, IsoBox box) throws RefusedException {
        int p = box.payload();
        int end = box.end();
        int version = Bin.u8(b, p);
        if (version > 2) {
            throw new RefusedException("an 'iloc' box of unknown version " + version);
        }
        int sizes = Bin.u16be(b, p + 4);
        int offsetSize = sizes >>> 12;
        int lengthSize = (sizes >>> 8) & 0xF;
        int baseSize = (sizes >>> 4) & 0xF;
        int indexSize = version == 0 ? 0 : sizes & 0xF;
        for (int s : new int[] {offsetSize, lengthSize, baseSize, indexSize}) {
            if (s != 0 && s != 4 && s != 8) {
                throw new RefusedException("an 'iloc' box with a field width of " + s + " bytes");
            }
        }
        p += 6;
        long count = version < 2 ? Bin.u16be(b, p) : Bin.u32be(b, p);
        p += version < 2 ? 2 : 4;
        List<Location> items = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            long id = version < 2 ? Bin.u16be(b, p) : Bin.u32be(b, p);
            p += version < 2 ? 2 : 4;
            int method = 0;
            if (version > 0) {
                method = Bin.u16be(b, p) & 0xF;
                p += 2;
            }
            int dataReference = Bin.u16be(b, p);
            long base = read(b, p + 2, baseSize);
            p += 2 + baseSize;
            int extentCount = Bin.u16be(b, p);
            p += 2;
            if (dataReference != 0) {
                throw new RefusedException("item " + id + " has its data in another file; refused");
            }
            if (method > 1) {
                throw new RefusedException("item " + id + " is built from other items' data (iloc construction method "
                        + method + "), which Veil does not rewrite");
            }
            List<Extent> extents = new ArrayList<>();
            for (int e = 0; e < extentCount; e++) {
                long index = read(b, p, indexSize);
                long offset = read(b, p + indexSize, offsetSize);
                long length = read(b, p + indexSize + offsetSize, lengthSize);
                p += indexSize + offsetSize + lengthSize;
                if (offset > Long.MAX_VALUE - base) {
                    throw new RefusedException("item " + id + " has an extent beyond 2^63");
                }
                if (length == 0) {
                    throw new RefusedException("item " + id + " has an extent of unstated length");
                }
                extents.add(new Extent(index, base + offset, length));
            }
            if (p > end) {
                throw new RefusedException("the 'iloc' box is truncated");
            }
            items.add(new Location(id, method, extents));
        }
        return new ItemLocations(version, indexSize, items);
    }

    /** The location of {@code itemId}, if it has one. */
    Location of(long itemId) {
        for (Location l : items) {
            if (l.itemId() == itemId) {
                return l;
            }
        }
        return null;
    }

    /**
     * A new 'iloc' box for {@code kept}, all offsets absolute (base offset 0) with 4-byte fields; files over the
     * input limit never get here, so 32 bits hold every offset.
     */
    byte[] write(List<Location> kept) throws RefusedException {
        BoxWriter w = new BoxWriter().u8(version).u8(0).u8(0).u8(0);
        w.u8(0x44).u8((4 << 4) | indexSize);
        if (version < 2) {
            w.u16(kept.size());
        } else {
            w.u32(kept.size());
        }
        for (Location l : kept) {
            if (version < 2) {
                w.u16((int) l.itemId());
            } else {
                w.u32(l.itemId());
            }
            if (version > 0) {
                w.u16(l.method());
            }
            w.u16(0).u32(0).u16(l.extents().size());
            for (Extent e : l.extents()) {
                if (e.offset() > 0xFFFFFFFFL || e.length() > 0xFFFFFFFFL) {
                    throw new RefusedException("an item extent beyond 4 GB");
                }
                w.sized(indexSize, e.index()).u32(e.offset()).u32(e.length());
            }
        }
        return BoxWriter.box("iloc", w);
    }

    private static long read(byte[] b, int at, int width) throws RefusedException {
        long v = switch (width) {
            case 0 -> 0;
            case 4 -> Bin.u32be(b, at);
            default -> Bin.u64be(b, at);
        };
        if (v < 0) {
            throw new RefusedException("an 'iloc' field beyond 2^63");
        }
        return v;
    }
}
