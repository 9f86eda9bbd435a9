package org.veil.files.heif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.files.RefusedException;
import org.veil.files.media.Bin;
import org.veil.files.media.IsoBox;

/**
 * A HEIF/AVIF still image, read: the top-level boxes and the parts of the 'meta' box that say which items the
 * file holds, where their data is, how they refer to each other and which properties they have.
 */
record HeifStructure(IsoBox ftyp, IsoBox meta, List<IsoBox> metaChildren, List<IsoBox> otherTopLevel,
                     int iinfVersion, List<ItemInfo> items, ItemLocations locations, int irefVersion,
                     List<ItemReference> references, ItemProperties properties, long primary, IsoBox idat) {
    /** The boxes a HEIF 'meta' box may hold and Veil rewrites or keeps. */
    static final Set<String> META_KEPT = Set.of("hdlr", "pitm", "iloc", "iinf", "iref", "iprp", "idat", "dinf",
            "grpl");
    /** Boxes in 'meta' that only carry metadata or padding, dropped whole. */
    static final Set<String> META_DROPPED = Set.of("xml ", "bxml", "uuid", "free", "skip");

    static HeifStructure parse(byte[] b) throws RefusedException {
        List<IsoBox> top = IsoBox.children(b, 0, b.length, true);
        if (top.isEmpty() || !top.get(0).type().equals("ftyp")) {
            throw new RefusedException("not a HEIF file: it does not start with an 'ftyp' box");
        }
        IsoBox meta = null;
        List<IsoBox> others = new ArrayList<>();
        for (IsoBox box : top.subList(1, top.size())) {
            switch (box.type()) {
                case "meta" -> {
                    if (meta != null) {
                        throw new RefusedException("a HEIF file with two 'meta' boxes");
                    }
                    meta = box;
                }
                case "moov", "moof" -> throw new RefusedException("an image sequence or animation (HEIF/AVIF with"
                        + " tracks), which Veil does not clean yet; only still images are");
                default -> others.add(box);
            }
        }
        if (meta == null || meta.payloadLength() < 4) {
            throw new RefusedException("not a HEIF image: there is no 'meta' box");
        }
        List<IsoBox> children = IsoBox.children(b, meta.payload() + 4, meta.end(), false);
        Map<String, IsoBox> byType = new LinkedHashMap<>();
        for (IsoBox c : children) {
            if (!META_KEPT.contains(c.type()) && !META_DROPPED.contains(c.type())) {
                throw new RefusedException("a '" + c.type() + "' box in the HEIF 'meta' box, which Veil does not"
                        + " know");
            }
            if (META_KEPT.contains(c.type()) && byType.put(c.type(), c) != null) {
                throw new RefusedException("two '" + c.type() + "' boxes in the HEIF 'meta' box");
            }
        }
        for (String needed : List.of("hdlr", "pitm", "iloc", "iinf", "iprp")) {
            if (!byType.containsKey(needed)) {
                throw new RefusedException("a HEIF image without its '" + needed + "' box");
            }
        }
        IsoBox hdlr = byType.get("hdlr");
        if (hdlr.payloadLength() < 12 || !Bin.fourCc(b, hdlr.payload() + 8).equals("pict")) {
            throw new RefusedException("a HEIF 'meta' box whose handler is not 'pict'");
        }
        IsoBox pitm = byType.get("pitm");
        long primary = Bin.u8(b, pitm.payload()) == 0 ? Bin.u16be(b, pitm.payload() + 4)
                : Bin.u32be(b, pitm.payload() + 4);
        IsoBox iinf = byType.get("iinf");
        IsoBox iref = byType.get("iref");
        checkDataReferences(b, byType.get("dinf"));
        return new HeifStructure(top.get(0), meta, children, others, Bin.u8(b, iinf.payload()),
                ItemInfo.parse(b, iinf), ItemLocations.parse(b, byType.get("iloc")),
                iref == null ? 0 : Bin.u8(b, iref.payload()),
                iref == null ? List.of() : ItemReference.parse(b, iref),
                ItemProperties.parse(b, byType.get("iprp")), primary, byType.get("idat"));
    }

    /** Only data in this file is accepted: every data reference entry must be flagged self-contained. */
    private static void checkDataReferences(byte[] b, IsoBox dinf) throws RefusedException {
        if (dinf == null) {
            return;
        }
        for (IsoBox dref : IsoBox.children(b, dinf.payload(), dinf.end(), false)) {
            if (!dref.type().equals("dref") || dref.payloadLength() < 8) {
                throw new RefusedException("a malformed 'dinf' box");
            }
            for (IsoBox entry : IsoBox.children(b, dref.payload() + 8, dref.end(), false)) {
                if (entry.payloadLength() < 4 || (Bin.u8(b, entry.payload() + 3) & 1) == 0) {
                    throw new RefusedException("the image refers to data in another file or at a URL; refused");
                }
            }
        }
    }

    ItemInfo item(long id) {
        for (ItemInfo i : items) {
            if (i.id() == id) {
                return i;
            }
        }
        return null;
    }

    /** The colour type of a 'colr' property ("nclx", "prof", "rICC"), or "" for other properties. */
    static String colourType(byte[] b, IsoBox property) throws RefusedException {
        return property.type().equals("colr") ? Bin.fourCc(b, property.payload()) : "";
    }
}
