package org.veil.files.heif;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.FileType;
import org.veil.files.Keep;
import org.veil.files.RefusedException;
import org.veil.files.Verifier;

/**
 * Re-reads a cleaned HEIF/AVIF three ways, none of them the cleaner's parser: a walk of its own over the boxes
 * (only ftyp, meta and mdat at the top; in meta only the structural boxes, an unnamed 'pict' handler, unnamed
 * items none of which is Exif, mime or uri, no thumbnail or description references, only structural
 * properties); metadata-extractor's HEIF reader (no Exif, GPS or XMP directory); and a byte search for Exif and
 * XMP signatures anywhere in the file.
 */
public final class HeifVerifier implements Verifier {
    private static final Set<String> TOP = Set.of("ftyp", "meta", "mdat");
    private static final Set<String> META = Set.of("hdlr", "pitm", "iloc", "iinf", "iref", "iprp", "idat", "dinf",
            "grpl");
    private static final Set<String> ITEM_METADATA = Set.of("Exif", "mime", "uri ");
    private static final Set<String> DESCRIBING = Set.of("cdsc", "thmb");
    private static final List<String> SIGNATURES = List.of("Exif\0\0MM\0*", "Exif\0\0II*\0", "<x:xmpmeta",
            "http://ns.adobe.com/xap/1.0/", "<rdf:RDF");

    @Override
    public Set<FileType> types() {
        return Set.of(FileType.HEIF);
    }

    @Override
    public List<String> residue(byte[] cleaned, FileType type, CleanContext context) throws RefusedException {
        List<String> found = new ArrayList<>();
        new Walk(cleaned, context.options().keeps(Keep.ICC), found).top();
        found.addAll(HeifLister.residue(cleaned));
        String latin = new String(cleaned, StandardCharsets.ISO_8859_1);
        for (String sig : SIGNATURES) {
            if (latin.contains(sig)) {
                found.add("an " + (sig.startsWith("Exif") ? "Exif" : "XMP") + " signature in the bytes");
            }
        }
        return found;
    }

    /** The box walk; every problem is added to {@code found} and ends the walk of that box. */
    private record Walk(byte[] b, boolean keepIcc, List<String> found) {
        void top() {
            long p = 0;
            int metas = 0;
            while (p < b.length) {
                long[] box = box(p, b.length);
                if (box == null) {
                    return;
                }
                String t = type(p);
                if (!TOP.contains(t)) {
                    found.add("a top-level '" + t + "' box");
                } else if (t.equals("meta")) {
                    metas++;
                    meta(p + box[0] + 4, p + box[1]);
                }
                p += box[1];
            }
            if (metas != 1) {
                found.add(metas + " 'meta' boxes");
            }
        }

        private void meta(long start, long end) {
            for (long p = start; p < end; ) {
                long[] box = box(p, end);
                if (box == null) {
                    return;
                }
                String t = type(p);
                long payload = p + box[0];
                long boxEnd = p + box[1];
                if (!META.contains(t)) {
                    found.add("a '" + t + "' box in 'meta'");
                } else if (t.equals("hdlr") && (boxEnd - payload < 25 || !zeros(payload + 24, boxEnd))) {
                    found.add("a named handler");
                } else if (boxEnd - payload < 6 && !t.equals("idat")) {
                    found.add("a truncated '" + t + "' box");
                } else if (t.equals("iinf")) {
                    items(payload + (b[(int) payload] == 0 ? 6 : 8), boxEnd);
                } else if (t.equals("iref")) {
                    references(payload + 4, boxEnd);
                } else if (t.equals("iprp")) {
                    properties(payload, boxEnd);
                }
                p = boxEnd;
            }
        }

        private void items(long start, long end) {
            for (long p = start; p < end; ) {
                long[] box = box(p, end);
                if (box == null) {
                    return;
                }
                int payload = (int) (p + box[0]);
                if (box[1] - box[0] < 4) {
                    found.add("a truncated item entry");
                    return;
                }
                int idWidth = b[payload] == 3 ? 4 : 2;
                int typeAt = payload + 4 + idWidth + 2;
                if (typeAt + 5 > p + box[1]) {
                    found.add("a truncated item entry");
                    return;
                }
                String itemType = new String(b, typeAt, 4, StandardCharsets.ISO_8859_1);
                if (ITEM_METADATA.contains(itemType)) {
                    found.add("a metadata item of type '" + itemType.strip() + "'");
                }
                if (!zeros(typeAt + 4, p + box[1])) {
                    found.add("an item with a name");
                }
                p += box[1];
            }
        }

        private void references(long start, long end) {
            for (long p = start; p < end; ) {
                long[] box = box(p, end);
                if (box == null) {
                    return;
                }
                if (DESCRIBING.contains(type(p))) {
                    found.add("a '" + type(p) + "' reference (metadata or thumbnail)");
                }
                p += box[1];
            }
        }

        private void properties(long start, long end) {
            long[] ipco = box(start, end);
            if (ipco == null || !type(start).equals("ipco")) {
                found.add("an 'iprp' box without 'ipco'");
                return;
            }
            for (long p = start + ipco[0]; p < start + ipco[1]; ) {
                long[] box = box(p, start + ipco[1]);
                if (box == null) {
                    return;
                }
                String t = type(p);
                String colour = t.equals("colr") && box[1] >= 12 ? fourCc(p + 8) : "";
                if (!PropertyPolicy.kept(t, colour, keepIcc)) {
                    found.add("an item property '" + t + "'" + (colour.isEmpty() ? "" : " (" + colour + ")"));
                }
                p += box[1];
            }
        }

        /** {header length, size} of the box at {@code p}, or null (and a finding) when it does not fit. */
        private long[] box(long p, long end) {
            if (p + 8 > end) {
                found.add("a truncated box at byte " + p);
                return null;
            }
            long size = u32((int) p);
            int header = 8;
            if (size == 1 && p + 16 <= end) {
                size = u32((int) p + 8) << 32 | u32((int) p + 12);
                header = 16;
            }
            if (size < header || size > end - p) {
                found.add("a malformed box '" + type(p) + "' at byte " + p);
                return null;
            }
            return new long[] {header, size};
        }

        private String type(long p) {
            return fourCc(p + 4);
        }

        private String fourCc(long at) {
            return new String(b, (int) at, 4, StandardCharsets.ISO_8859_1);
        }

        private long u32(int at) {
            return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
        }

        private boolean zeros(long from, long to) {
            for (long i = from; i < to; i++) {
                if (b[(int) i] != 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
