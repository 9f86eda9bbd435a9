package org.veil.files.media;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * Lists what a removed MP4/QuickTime box holds: QuickTime user data (©nam, ©xyz…), iTunes-style and
 * QuickTime-keys metadata (meta/ilst, meta/keys), 3GPP location (loci) and XMP. Listing only: best effort, and a
 * box it cannot read is still listed by type.
 */
final class IsoTagReader {
    private IsoTagReader() {
    }

    /** User data nests (udta → meta → udta…); a hostile file could nest it until the stack overflows. */
    private static final int MAX_DEPTH = 8;

    static List<MetadataItem> describe(byte[] b, IsoBox box) {
        return describe(b, box, 0);
    }

    private static List<MetadataItem> describe(byte[] b, IsoBox box, int depth) {
        if (depth > MAX_DEPTH) {
            return List.of(new MetadataItem(MetadataGroup.OTHER, "'" + box.type() + "' box", "nested too deep"));
        }
        try {
            return switch (box.type()) {
                case "udta" -> userData(b, box, depth);
                case "meta" -> meta(b, box, depth);
                case "uuid" -> List.of(uuid(b, box));
                case "XMP_" -> List.of(new MetadataItem(MetadataGroup.DESCRIPTION, "XMP", box.payloadLength()
                        + " bytes"));
                default -> List.of(item(b, box));
            };
        } catch (RefusedException | RuntimeException e) {
            return List.of(new MetadataItem(MetadataGroup.OTHER, "'" + box.type() + "' box", "unreadable, "
                    + box.size() + " bytes"));
        }
    }

    private static List<MetadataItem> userData(byte[] b, IsoBox udta, int depth) throws RefusedException {
        List<MetadataItem> items = new ArrayList<>();
        for (IsoBox child : IsoBox.children(b, udta.payload(), udta.end(), false)) {
            items.addAll(describe(b, child, depth + 1));
        }
        return items;
    }

    /** A QuickTime user-data text item (©xxx: 16-bit length, 16-bit language, text) or any other box by type. */
    private static MetadataItem item(byte[] b, IsoBox box) throws RefusedException {
        String name = box.type();
        MetadataGroup group = name.equals("loci") ? MetadataGroup.LOCATION : TagGroups.named(name);
        if (name.startsWith("©") && box.payloadLength() >= 4) {
            int len = Bin.u16be(b, box.payload());
            if (4 + len <= box.payloadLength()) {
                return new MetadataItem(group, name, Bin.display(Bin.utf8(b, box.payload() + 4, len)));
            }
        }
        String text = Bin.latin1(b, box.payload(), box.payloadLength());
        return new MetadataItem(group == MetadataGroup.DESCRIPTION && !name.startsWith("©") ? MetadataGroup.OTHER
                : group, "'" + name + "' box", Bin.display(text.replaceAll("[^\\x20-\\x7e]+", " ")));
    }

    private static MetadataItem uuid(byte[] b, IsoBox box) {
        boolean xmp = box.payloadLength() >= 16 && Arrays.equals(b, box.payload(), box.payload() + 16,
                IsoBox.XMP_UUID, 0, 16);
        return xmp ? new MetadataItem(MetadataGroup.DESCRIPTION, "XMP", (box.payloadLength() - 16) + " bytes")
                : new MetadataItem(MetadataGroup.OTHER, "'uuid' box", box.payloadLength() + " bytes");
    }

    /** meta: an ISO full box (4 bytes of version/flags first) or a QuickTime one (children straight away). */
    private static List<MetadataItem> meta(byte[] b, IsoBox meta, int depth) throws RefusedException {
        int first = Bin.ascii(b, meta.payload() + 4, "hdlr") ? meta.payload() : meta.payload() + 4;
        List<IsoBox> children = IsoBox.children(b, first, meta.end(), false);
        List<String> keys = new ArrayList<>();
        for (IsoBox c : children) {
            if (c.type().equals("keys") && c.payloadLength() >= 8) {
                for (IsoBox k : IsoBox.children(b, c.payload() + 8, c.end(), false)) {
                    keys.add(Bin.utf8(b, k.payload(), k.payloadLength()));
                }
            }
        }
        List<MetadataItem> items = new ArrayList<>();
        for (IsoBox c : children) {
            if (c.type().equals("ilst")) {
                for (IsoBox entry : IsoBox.children(b, c.payload(), c.end(), false)) {
                    items.add(ilstEntry(b, entry, keys));
                }
            } else if (!c.type().equals("keys") && !c.type().equals("hdlr")) {
                items.addAll(describe(b, c, depth + 1));
            }
        }
        return items;
    }

    /** An ilst entry: named by its type (©ART) or, with keys, by a 1-based key index; value in a 'data' box. */
    private static MetadataItem ilstEntry(byte[] b, IsoBox entry, List<String> keys) throws RefusedException {
        String name = entry.type();
        long index = Bin.u32be(b, entry.start() + 4);
        if (!keys.isEmpty() && index >= 1 && index <= keys.size()) {
            name = keys.get((int) index - 1);
        }
        String value = "";
        for (IsoBox data : IsoBox.children(b, entry.payload(), entry.end(), false)) {
            if (data.type().equals("data") && data.payloadLength() >= 8) {
                int kind = Bin.u24be(b, data.payload() + 1);
                int len = data.payloadLength() - 8;
                value = kind == 1 ? Bin.display(Bin.utf8(b, data.payload() + 8, len)) : len + " bytes";
            }
        }
        return new MetadataItem(TagGroups.named(name), name, value);
    }
}
