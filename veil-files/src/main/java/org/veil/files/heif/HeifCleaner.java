package org.veil.files.heif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.Cleaner;
import org.veil.files.FileType;
import org.veil.files.Keep;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.veil.files.media.Bin;
import org.veil.files.media.IsoBox;

/**
 * HEIF/HEIC and AVIF still images, cleaned without decoding: the Exif and XMP items (and any other 'mime' or
 * 'uri ' item), thumbnails, what only they referred to, user descriptions, item names, the handler name and,
 * unless kept, ICC profiles are removed from the 'meta' box, consistently across iinf, iloc, iref and ipma. The
 * file is then rebuilt as ftyp, meta and one mdat holding the kept items' coded data byte for byte, with every
 * iloc offset pointing at its new place; 'idat' bytes of removed items are zeroed.
 */
public final class HeifCleaner implements Cleaner {
    private final HeifLister lister = new HeifLister();

    @Override
    public Set<FileType> types() {
        return Set.of(FileType.HEIF);
    }

    @Override
    public List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) throws RefusedException {
        HeifStructure s = HeifStructure.parse(content);
        List<MetadataItem> items = new ArrayList<>(lister.fields(content));
        Set<Long> dropped = droppedItems(s);
        for (long id : dropped) {
            ItemInfo i = s.item(id);
            if (i != null && !i.metadata()) {
                items.add(new MetadataItem(MetadataGroup.HISTORY, "thumbnail item " + id, i.type()));
            }
        }
        for (ItemInfo i : s.items()) {
            if (!i.name().isEmpty()) {
                items.add(new MetadataItem(MetadataGroup.OTHER, "item " + i.id() + " name", Bin.display(i.name())));
            }
        }
        IsoBox hdlr = box(s, "hdlr");
        String handlerName = Bin.display(Bin.latin1(content, hdlr.payload() + 24, Math.max(0, hdlr.payloadLength() - 24)));
        if (!handlerName.isEmpty()) {
            items.add(new MetadataItem(MetadataGroup.SOFTWARE, "handler name", handlerName));
        }
        for (IsoBox p : s.properties().properties()) {
            if (!PropertyPolicy.kept(p.type(), HeifStructure.colourType(content, p), context.options().keeps(Keep.ICC))) {
                items.add(new MetadataItem(p.type().equals("udes") ? MetadataGroup.DESCRIPTION : MetadataGroup.OTHER,
                        "item property '" + p.type() + "'", p.payloadLength() + " bytes"));
            }
        }
        for (IsoBox c : s.metaChildren()) {
            if (HeifStructure.META_DROPPED.contains(c.type())) {
                items.add(new MetadataItem(MetadataGroup.OTHER, "'" + c.type() + "' box", c.size() + " bytes"));
            }
        }
        return items;
    }

    @Override
    public byte[] clean(byte[] b, FileType type, CleanContext context) throws RefusedException {
        HeifStructure s = HeifStructure.parse(b);
        Set<Long> dropped = droppedItems(s);
        if (dropped.contains(s.primary())) {
            throw new RefusedException("the primary image of this HEIF file is metadata or a thumbnail; refused");
        }
        checkGroups(b, s, dropped);
        List<ItemReference> refs = keptReferences(s, dropped);
        List<ItemInfo> items = s.items().stream().filter(i -> !dropped.contains(i.id())).toList();
        Set<Long> keptIds = new HashSet<>();
        items.forEach(i -> keptIds.add(i.id()));
        List<Integer> properties = keptProperties(b, s, keptIds, context);
        List<ItemLocations.Location> located = s.locations().items().stream()
                .filter(l -> keptIds.contains(l.itemId())).toList();

        MediaData data = MediaData.of(b, located);
        byte[] idat = s.idat() == null ? null : zeroedIdat(b, s.idat(), located);
        byte[] head = Arrays.copyOfRange(b, s.ftyp().start(), s.ftyp().end());
        byte[] meta = meta(b, s, items, refs, properties, keptIds, data.relocate(located, 0), idat);
        long mdatStart = (long) head.length + meta.length;
        meta = meta(b, s, items, refs, properties, keptIds, data.relocate(located, mdatStart + 8), idat);
        BoxWriter out = new BoxWriter().bytes(head).bytes(meta);
        if (data.length() > 0) {
            out.u32(8L + data.length()).fourCc("mdat").bytes(data.bytes());
        }
        return out.toByteArray();
    }

    /**
     * Metadata items, thumbnails and what describes them, then — until nothing changes — grid tiles only a removed
     * item used and items that belong only to removed ones (the alpha or depth image of a thumbnail).
     */
    static Set<Long> droppedItems(HeifStructure s) {
        Set<Long> dropped = new HashSet<>();
        for (ItemInfo i : s.items()) {
            if (i.metadata()) {
                dropped.add(i.id());
            }
        }
        for (ItemReference r : s.references()) {
            if (r.type().equals("cdsc") || r.type().equals("thmb")) {
                dropped.add(r.from());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ItemInfo i : s.items()) {
                long id = i.id();
                if (dropped.contains(id) || id == s.primary()) {
                    continue;
                }
                boolean usedByKept = false;
                boolean usedByDropped = false;
                boolean pointsOut = false;
                boolean allOutDropped = true;
                for (ItemReference r : s.references()) {
                    if (r.from() == id) {
                        // 'dimg' lists what the item is made of; every other type says what it belongs to.
                        if (!r.type().equals("dimg")) {
                            pointsOut = true;
                            allOutDropped &= dropped.containsAll(r.to());
                        }
                    } else if (r.to().contains(id)) {
                        if (dropped.contains(r.from())) {
                            usedByDropped = true;
                        } else {
                            usedByKept = true;
                        }
                    }
                }
                if (usedByDropped && !usedByKept || pointsOut && allOutDropped) {
                    dropped.add(id);
                    changed = true;
                }
            }
        }
        return dropped;
    }

    /** References of kept items to kept items; a kept image built from a removed item is refused. */
    private static List<ItemReference> keptReferences(HeifStructure s, Set<Long> dropped) throws RefusedException {
        List<ItemReference> kept = new ArrayList<>();
        for (ItemReference r : s.references()) {
            if (dropped.contains(r.from())) {
                continue;
            }
            List<Long> to = r.to().stream().filter(t -> !dropped.contains(t)).toList();
            if (to.size() != r.to().size() && (r.type().equals("dimg") || r.type().equals("iloc"))) {
                throw new RefusedException("item " + r.from() + " is built from a metadata item; refused");
            }
            if (!to.isEmpty()) {
                kept.add(new ItemReference(r.type(), r.from(), to));
            }
        }
        return kept;
    }

    /** Entity groups (bursts, stereo pairs, alternatives) must not name a removed item. */
    private static void checkGroups(byte[] b, HeifStructure s, Set<Long> dropped) throws RefusedException {
        IsoBox grpl = box(s, "grpl");
        if (grpl == null) {
            return;
        }
        for (IsoBox group : IsoBox.children(b, grpl.payload(), grpl.end(), false)) {
            long n = Bin.u32be(b, group.payload() + 8);
            Bin.need(b, group.payload() + 12, n * 4);
            if (group.payload() + 12 + n * 4 > group.end()) {
                throw new RefusedException("a truncated '" + group.type() + "' entity group");
            }
            for (int i = 0; i < n; i++) {
                if (dropped.contains(Bin.u32be(b, group.payload() + 12 + i * 4))) {
                    throw new RefusedException("an entity group ('" + group.type() + "') names a thumbnail or"
                            + " metadata item; refused");
                }
            }
        }
    }

    /** The properties kept items use that are structure (by 1-based index); essential metadata is refused. */
    private static List<Integer> keptProperties(byte[] b, HeifStructure s, Set<Long> keptIds, CleanContext context)
            throws RefusedException {
        boolean keepIcc = context.options().keeps(Keep.ICC);
        List<IsoBox> all = s.properties().properties();
        Set<Integer> used = new HashSet<>();
        for (ItemProperties.Associations map : s.properties().maps()) {
            for (ItemProperties.ItemAssociation a : map.items()) {
                if (!keptIds.contains(a.itemId())) {
                    continue;
                }
                for (ItemProperties.Association x : a.properties()) {
                    IsoBox p = all.get(x.index() - 1);
                    if (PropertyPolicy.kept(p.type(), HeifStructure.colourType(b, p), keepIcc)) {
                        used.add(x.index());
                    } else if (x.essential() && !PropertyPolicy.known(p.type())) {
                        throw new RefusedException("item " + a.itemId() + " needs a property '" + p.type()
                                + "' that Veil does not know");
                    }
                }
            }
        }
        List<Integer> kept = used.stream().sorted(Comparator.naturalOrder()).toList();
        for (int index : kept) {
            IsoBox p = all.get(index - 1);
            if (p.type().equals("ispe")) {
                if (p.payloadLength() < 12) {
                    throw new RefusedException("a malformed 'ispe' property");
                }
                context.limits().checkPixels(Bin.u32be(b, p.payload() + 4), Bin.u32be(b, p.payload() + 8));
            }
        }
        return kept;
    }

    /** The 'idat' box with every byte no kept item uses set to zero. */
    private static byte[] zeroedIdat(byte[] b, IsoBox idat, List<ItemLocations.Location> kept) throws RefusedException {
        byte[] copy = new byte[idat.size()];
        System.arraycopy(b, idat.start(), copy, 0, idat.headerLength());
        for (ItemLocations.Location l : kept) {
            if (l.method() != 1) {
                continue;
            }
            for (ItemLocations.Extent e : l.extents()) {
                if (e.offset() > idat.payloadLength() || e.length() > idat.payloadLength() - e.offset()) {
                    throw new RefusedException("item " + l.itemId() + " lies outside the 'idat' box");
                }
                int from = idat.headerLength() + (int) e.offset();
                System.arraycopy(b, idat.start() + from, copy, from, (int) e.length());
            }
        }
        return copy;
    }

    private static byte[] meta(byte[] b, HeifStructure s, List<ItemInfo> items, List<ItemReference> refs,
                               List<Integer> properties, Set<Long> keptIds, List<ItemLocations.Location> located,
                               byte[] idat) throws RefusedException {
        BoxWriter w = new BoxWriter().u32(0);
        for (IsoBox c : s.metaChildren()) {
            switch (c.type()) {
                case "hdlr" -> w.box("hdlr", new BoxWriter().u32(0).u32(0).fourCc("pict").u32(0).u32(0).u32(0).u8(0)
                        .toByteArray());
                case "pitm", "grpl" -> w.bytes(b, c.start(), c.size());
                case "iloc" -> w.bytes(s.locations().write(located));
                case "iinf" -> w.bytes(ItemInfo.write(s.iinfVersion(), items));
                case "iref" -> {
                    if (!refs.isEmpty()) {
                        w.bytes(ItemReference.write(s.irefVersion(), refs));
                    }
                }
                case "iprp" -> w.bytes(s.properties().write(b, properties, keptIds));
                case "idat" -> w.bytes(idat);
                case "dinf" -> w.box("dinf", new BoxWriter().box("dref", new BoxWriter().u32(0).u32(1)
                        .box("url ", new BoxWriter().u32(1).toByteArray()).toByteArray()).toByteArray());
                default -> { } // xml, bxml, uuid, free, skip: metadata or padding
            }
        }
        return BoxWriter.box("meta", w);
    }

    private static IsoBox box(HeifStructure s, String type) {
        for (IsoBox c : s.metaChildren()) {
            if (c.type().equals(type)) {
                return c;
            }
        }
        return null;
    }
}
