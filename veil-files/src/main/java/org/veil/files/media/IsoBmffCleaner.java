package org.veil.files.media;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * MP4, MOV and M4A (ISO base media / QuickTime), cleaned in place so that every offset stays valid: boxes outside
 * {@link IsoBoxPolicy} (udta with ©xyz GPS, meta/ilst/keys, XMP uuid, …) become zero-filled 'free' boxes of the
 * same size, existing free/skip/wide boxes are zeroed, and the creation and modification times of mvhd, tkhd and
 * mdhd are set to 0, and the encoder named in visual sample entries (vendor, compressor name) is blanked. Media
 * samples (mdat) are not touched. Fragmented files are handled the same way in moof/traf.
 * Refused: truncated boxes, data references to external media, and timed metadata tracks (handler 'meta', whose
 * samples — e.g. a phone's per-frame location — live inside mdat and cannot be removed without rewriting it).
 */
final class IsoBmffCleaner implements ContainerCleaner {
    private static final int SECONDS_1904_TO_1970 = 2082844800;
    /** Fixed fields of a visual sample entry, up to and including depth and pre_defined. */
    private static final int VISUAL_ENTRY_MIN = 78;

    /** A 1904-based time for display; a 64-bit value beyond what an Instant holds is shown as the raw number. */
    private static String time(long secondsSince1904) {
        long epoch = secondsSince1904 - SECONDS_1904_TO_1970;
        if (secondsSince1904 < 0 || epoch > java.time.Instant.MAX.getEpochSecond()) {
            return secondsSince1904 + " s after 1904 (out of range)";
        }
        return java.time.Instant.ofEpochSecond(epoch).toString();
    }

    @Override
    public List<MetadataItem> inspect(byte[] b) throws RefusedException {
        List<MetadataItem> items = new ArrayList<>();
        walk(b, 0, b.length, "", "", new Visitor() {
            @Override
            public void foreign(IsoBox box, String parent) {
                items.addAll(IsoTagReader.describe(b, box));
            }

            @Override
            public void timed(IsoBox box, int at, int width, String field) throws RefusedException {
                long t = width == 4 ? Bin.u32be(b, at) : Bin.u64be(b, at);
                if (t != 0) {
                    items.add(new MetadataItem(MetadataGroup.TIME, box.type() + " " + field, time(t)));
                }
            }

            @Override
            public void encoderName(int at, int width) throws RefusedException {
                String name = Bin.display(Bin.latin1(b, at, width).replaceAll("[^\\x20-\\x7e]", ""));
                if (!name.isEmpty()) {
                    items.add(new MetadataItem(MetadataGroup.SOFTWARE, width == 4 ? "vendor" : "compressor name",
                            name));
                }
            }

            @Override
            public void filler(IsoBox box) {
                if (!zero(b, box.payload(), box.end())) {
                    items.add(new MetadataItem(MetadataGroup.OTHER, "'" + box.type() + "' box",
                            "leftover data, " + box.payloadLength() + " bytes"));
                }
            }
        });
        return items;
    }

    @Override
    public byte[] clean(byte[] b) throws RefusedException {
        byte[] out = b.clone();
        walk(b, 0, b.length, "", "", new Visitor() {
            @Override
            public void foreign(IsoBox box, String parent) {
                // Keeps the size header (32- or 64-bit); a uuid's user type becomes part of the zeroed payload.
                System.arraycopy(new byte[] {'f', 'r', 'e', 'e'}, 0, out, box.start() + 4, 4);
                Arrays.fill(out, box.payload(), box.end(), (byte) 0);
            }

            @Override
            public void timed(IsoBox box, int at, int width, String field) {
                Arrays.fill(out, at, at + width, (byte) 0);
            }

            @Override
            public void filler(IsoBox box) {
                Arrays.fill(out, box.payload(), box.end(), (byte) 0);
            }

            @Override
            public void encoderName(int at, int width) {
                Arrays.fill(out, at, at + width, (byte) 0);
            }

            @Override
            public void selfReference(int from, int to) {
                Arrays.fill(out, from, to, (byte) 0);
            }
        });
        return out;
    }

    /** What the walk found, box by box. */
    private interface Visitor {
        /** A box the policy does not allow in {@code parent}. */
        void foreign(IsoBox box, String parent);

        /** A creation or modification time field of {@code width} bytes at {@code at}. */
        void timed(IsoBox box, int at, int width, String field) throws RefusedException;

        /** A free/skip/wide box. */
        void filler(IsoBox box);

        /** A fixed-width field naming the encoder in a visual sample entry. */
        void encoderName(int at, int width) throws RefusedException;

        /** Bytes after the flags of a self-contained data reference, which should be empty. */
        default void selfReference(int from, int to) {
        }
    }

    private static void walk(byte[] b, int start, int end, String parent, String handler, Visitor v)
            throws RefusedException {
        List<IsoBox> boxes = IsoBox.children(b, start, end, parent.isEmpty());
        if (parent.equals("mdia")) {
            handler = handlerOf(b, boxes);
        }
        for (IsoBox box : boxes) {
            String type = box.type();
            if (!IsoBoxPolicy.allowed(parent, type)) {
                v.foreign(box, parent);
            } else if (IsoBoxPolicy.FILLERS.contains(type)) {
                v.filler(box);
            } else if (IsoBoxPolicy.TIMED.contains(type)) {
                times(b, box, v);
            } else if (type.equals("dref")) {
                dataReferences(b, box, v);
            } else if (type.equals("stsd") && handler.equals("vide")) {
                visualEntries(b, box, v);
            } else if (IsoBoxPolicy.container(type)) {
                walk(b, box.payload(), box.end(), type, handler, v);
            }
        }
    }

    /** The media handler type of a track ('vide', 'soun', …); a timed metadata track is refused. */
    private static String handlerOf(byte[] b, List<IsoBox> mdiaChildren) throws RefusedException {
        for (IsoBox box : mdiaChildren) {
            if (box.type().equals("hdlr")) {
                if (box.payloadLength() < 12) {
                    throw new RefusedException("malformed 'hdlr' box");
                }
                String handler = Bin.fourCc(b, box.payload() + 8);
                if (handler.equals("meta")) {
                    throw new RefusedException("the file has a timed metadata track (per-frame metadata such as"
                            + " locations inside the media data), which Veil cannot remove losslessly");
                }
                return handler;
            }
        }
        throw new RefusedException("malformed track: no handler ('hdlr') box");
    }

    /**
     * Visual sample entries name the encoder in two fixed fields: the QuickTime vendor (payload bytes 12–15, e.g.
     * "FFMP") and the 32-byte compressor name (bytes 42–73, e.g. "Lavc59.37.100 libx264"). Both are blanked in
     * place; decoders do not read them.
     */
    private static void visualEntries(byte[] b, IsoBox stsd, Visitor v) throws RefusedException {
        if (stsd.payloadLength() < 8) {
            throw new RefusedException("malformed 'stsd' box");
        }
        for (IsoBox entry : IsoBox.children(b, stsd.payload() + 8, stsd.end(), false)) {
            if (entry.payloadLength() >= VISUAL_ENTRY_MIN) {
                v.encoderName(entry.payload() + 12, 4);
                v.encoderName(entry.payload() + 42, 32);
            }
        }
    }

    private static void times(byte[] b, IsoBox box, Visitor v) throws RefusedException {
        int version = box.payloadLength() > 0 ? Bin.u8(b, box.payload()) : -1;
        int width = version == 1 ? 8 : 4;
        if (version > 1 || version < 0 || box.payloadLength() < 4 + 2 * width) {
            throw new RefusedException("malformed '" + box.type() + "' box (version " + version + ")");
        }
        v.timed(box, box.payload() + 4, width, "creation time");
        v.timed(box, box.payload() + 4 + width, width, "modification time");
    }

    /** Only self-contained references (flag 1) are accepted: anything else points to media in other files. */
    private static void dataReferences(byte[] b, IsoBox dref, Visitor v) throws RefusedException {
        if (dref.payloadLength() < 8) {
            throw new RefusedException("malformed 'dref' box");
        }
        for (IsoBox entry : IsoBox.children(b, dref.payload() + 8, dref.end(), false)) {
            if (entry.payloadLength() < 4 || (Bin.u8(b, entry.payload() + 3) & 1) == 0) {
                throw new RefusedException("the movie refers to media in another file or at a URL; refused");
            }
            v.selfReference(entry.payload() + 4, entry.end());
        }
    }

    static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
