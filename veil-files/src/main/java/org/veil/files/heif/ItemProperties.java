package org.veil.files.heif;

import java.util.ArrayList;
import java.util.List;
import org.veil.files.RefusedException;
import org.veil.files.media.Bin;
import org.veil.files.media.IsoBox;

/**
 * The 'iprp' box: the property boxes of 'ipco' (codec configuration, size, colour, rotation, …), numbered from 1,
 * and the 'ipma' associations of items to properties, each possibly marked essential.
 */
record ItemProperties(List<IsoBox> properties, List<Associations> maps) {
    /** One 'ipma' box: its version and flags, and per item the associated properties. */
    record Associations(int version, int flags, List<ItemAssociation> items) {
    }

    record ItemAssociation(long itemId, List<Association> properties) {
    }

    /** A 1-based index into 'ipco'. */
    record Association(boolean essential, int index) {
    }

    static ItemProperties parse(byte[] b, IsoBox iprp) throws RefusedException {
        List<IsoBox> children = IsoBox.children(b, iprp.payload(), iprp.end(), false);
        if (children.isEmpty() || !children.get(0).type().equals("ipco")) {
            throw new RefusedException("an 'iprp' box without 'ipco' first");
        }
        IsoBox ipco = children.get(0);
        List<IsoBox> properties = IsoBox.children(b, ipco.payload(), ipco.end(), false);
        List<Associations> maps = new ArrayList<>();
        for (IsoBox box : children.subList(1, children.size())) {
            if (!box.type().equals("ipma")) {
                throw new RefusedException("an unexpected '" + box.type() + "' box in 'iprp'");
            }
            maps.add(associations(b, box, properties.size()));
        }
        return new ItemProperties(properties, maps);
    }

    private static Associations associations(byte[] b, IsoBox ipma, int propertyCount) throws RefusedException {
        int p = ipma.payload();
        int version = Bin.u8(b, p);
        int flags = Bin.u24be(b, p + 1);
        long count = Bin.u32be(b, p + 4);
        p += 8;
        boolean wide = (flags & 1) != 0;
        List<ItemAssociation> items = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            if (p >= ipma.end()) {
                throw new RefusedException("the 'ipma' box is truncated");
            }
            long id = version < 1 ? Bin.u16be(b, p) : Bin.u32be(b, p);
            p += version < 1 ? 2 : 4;
            int n = Bin.u8(b, p++);
            List<Association> list = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int v = wide ? Bin.u16be(b, p) : Bin.u8(b, p);
                p += wide ? 2 : 1;
                int index = v & (wide ? 0x7FFF : 0x7F);
                boolean essential = (v & (wide ? 0x8000 : 0x80)) != 0;
                if (index > propertyCount) {
                    throw new RefusedException("item " + id + " is associated with property " + index + " of "
                            + propertyCount);
                }
                if (index > 0) {
                    list.add(new Association(essential, index));
                }
            }
            items.add(new ItemAssociation(id, list));
        }
        if (p > ipma.end()) {
            throw new RefusedException("the 'ipma' box is truncated");
        }
        return new Associations(version, flags, items);
    }

    /**
     * A new 'iprp' box holding only {@code keep} properties (by old index, in order) and the associations of
     * {@code items}, renumbered; associations to properties not kept are dropped.
     */
    byte[] write(byte[] b, List<Integer> keep, java.util.Set<Long> items) {
        BoxWriter ipco = new BoxWriter();
        int[] renumber = new int[properties.size() + 1];
        int next = 1;
        for (int old : keep) {
            IsoBox box = properties.get(old - 1);
            ipco.bytes(b, box.start(), box.size());
            renumber[old] = next++;
        }
        BoxWriter iprp = new BoxWriter().bytes(BoxWriter.box("ipco", ipco));
        for (Associations map : maps) {
            boolean wide = (map.flags() & 1) != 0;
            List<ItemAssociation> kept = map.items().stream().filter(a -> items.contains(a.itemId())).toList();
            BoxWriter w = new BoxWriter().u8(map.version()).u8(map.flags() >>> 16).u8(map.flags() >>> 8)
                    .u8(map.flags()).u32(kept.size());
            for (ItemAssociation a : kept) {
                if (map.version() < 1) {
                    w.u16((int) a.itemId());
                } else {
                    w.u32(a.itemId());
                }
                List<Association> props = a.properties().stream().filter(x -> renumber[x.index()] > 0).toList();
                w.u8(props.size());
                for (Association x : props) {
                    int v = renumber[x.index()] | (x.essential() ? (wide ? 0x8000 : 0x80) : 0);
                    if (wide) {
                        w.u16(v);
                    } else {
                        w.u8(v);
                    }
                }
            }
            iprp.bytes(BoxWriter.box("ipma", w));
        }
        return BoxWriter.box("iprp", iprp);
    }
}
