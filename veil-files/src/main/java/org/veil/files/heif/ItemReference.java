package org.veil.files.heif;

import java.util.ArrayList;
import java.util.List;
import org.veil.files.RefusedException;
import org.veil.files.media.Bin;
import org.veil.files.media.IsoBox;

/**
 * One reference of the 'iref' box: from one item to others, typed ('dimg' grid tiles, 'thmb' thumbnail of,
 * 'cdsc' describes, 'auxl' auxiliary image of, …).
 */
record ItemReference(String type, long from, List<Long> to) {
    static List<ItemReference> parse(byte[] b, IsoBox iref) throws RefusedException {
        int version = Bin.u8(b, iref.payload());
        if (version > 1) {
            throw new RefusedException("an 'iref' box of unknown version " + version);
        }
        int width = version == 0 ? 2 : 4;
        List<ItemReference> refs = new ArrayList<>();
        for (IsoBox box : IsoBox.children(b, iref.payload() + 4, iref.end(), false)) {
            int p = box.payload();
            long from = id(b, p, width);
            int count = Bin.u16be(b, p + width);
            p += width + 2;
            Bin.need(b, p, (long) count * width);
            if (p + (long) count * width > box.end()) {
                throw new RefusedException("a truncated '" + box.type() + "' item reference");
            }
            List<Long> to = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                to.add(id(b, p + i * width, width));
            }
            refs.add(new ItemReference(box.type(), from, to));
        }
        return refs;
    }

    private static long id(byte[] b, int at, int width) throws RefusedException {
        return width == 2 ? Bin.u16be(b, at) : Bin.u32be(b, at);
    }

    static byte[] write(int version, List<ItemReference> refs) {
        BoxWriter w = new BoxWriter().u8(version).u8(0).u8(0).u8(0);
        for (ItemReference r : refs) {
            BoxWriter e = new BoxWriter();
            put(e, version, r.from());
            e.u16(r.to().size());
            for (long t : r.to()) {
                put(e, version, t);
            }
            w.box(r.type(), e.toByteArray());
        }
        return BoxWriter.box("iref", w);
    }

    private static void put(BoxWriter w, int version, long id) {
        if (version == 0) {
            w.u16((int) id);
        } else {
            w.u32(id);
        }
    }
}
