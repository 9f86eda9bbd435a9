package org.veil.files.media;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * AVI (RIFF 'AVI ', with OpenDML 'AVIX' extensions), cleaned in place: chunks outside {@link AviChunkPolicy}
 * become zero-filled JUNK chunks of the same size and existing JUNK is zeroed, so the idx1 and OpenDML index
 * offsets (relative or absolute) all stay valid without being rewritten, and the media in 'movi' is untouched.
 */
final class AviCleaner implements ContainerCleaner {
    private static final byte[] JUNK = {'J', 'U', 'N', 'K'};

    /** What the walk found. */
    private interface Visitor {
        /** A chunk (header at {@code start}, payload of {@code size} bytes) that does not belong where it is. */
        void foreign(String parent, String id, int start, int size) throws RefusedException;

        /** A JUNK chunk. */
        void junk(int start, int size);
    }

    @Override
    public List<MetadataItem> inspect(byte[] b) throws RefusedException {
        List<MetadataItem> items = new ArrayList<>();
        walkFile(b, new Visitor() {
            @Override
            public void foreign(String parent, String id, int start, int size) throws RefusedException {
                if (id.equals("LIST INFO")) {
                    for (int p = start + 12; p + 8 <= start + 8 + size; ) {
                        String field = Bin.fourCc(b, p);
                        int length = (int) Math.min(Bin.u32le(b, p + 4), start + 8L + size - p - 8);
                        items.add(new MetadataItem(TagGroups.riffInfo(field), "INFO " + field,
                                Bin.display(Bin.utf8(b, p + 8, length))));
                        p += 8 + length + (length & 1);
                    }
                } else {
                    MetadataGroup g = id.equals("IDIT") || id.equals("ISMP") ? MetadataGroup.TIME
                            : id.equals("strn") ? MetadataGroup.DESCRIPTION : MetadataGroup.OTHER;
                    String value = id.equals("IDIT") || id.equals("strn") || id.equals("ISMP")
                            ? Bin.display(Bin.utf8(b, start + 8, size)) : size + " bytes";
                    items.add(new MetadataItem(g, "chunk '" + id.strip() + "'", value));
                }
            }

            @Override
            public void junk(int start, int size) {
                if (!IsoBmffCleaner.zero(b, start + 8, start + 8 + size)) {
                    items.add(new MetadataItem(MetadataGroup.OTHER, "JUNK chunk", "leftover data, " + size + " bytes"));
                }
            }
        });
        return items;
    }

    @Override
    public byte[] clean(byte[] b) throws RefusedException {
        byte[] out = b.clone();
        walkFile(b, new Visitor() {
            @Override
            public void foreign(String parent, String id, int start, int size) {
                System.arraycopy(JUNK, 0, out, start, 4);
                junk(start, size);
            }

            @Override
            public void junk(int start, int size) {
                Arrays.fill(out, start + 8, start + 8 + size, (byte) 0);
            }
        });
        return out;
    }

    /** The RIFF forms of the file: one 'AVI ' first, then any OpenDML 'AVIX' ones, filling the file exactly. */
    private static void walkFile(byte[] b, Visitor v) throws RefusedException {
        int p = 0;
        boolean first = true;
        while (p < b.length) {
            if (!Bin.ascii(b, p, "RIFF") || p + 12 > b.length) {
                throw new RefusedException("malformed AVI: " + (first ? "no RIFF header" : (b.length - p)
                        + " bytes of unknown data after the RIFF form"));
            }
            long size = Bin.u32le(b, p + 4);
            String form = Bin.fourCc(b, p + 8);
            if (first != form.equals("AVI ") || !first && !form.equals("AVIX")) {
                throw new RefusedException("malformed AVI: a RIFF form of type '" + form + "'");
            }
            if (size < 4 || size > b.length - p - 8L) {
                throw new RefusedException("the AVI file is truncated (its RIFF form declares " + size + " bytes)");
            }
            walk(b, p + 12, p + 8 + (int) size, form, v);
            p += 8 + (int) size + (int) (size & 1);
            first = false;
        }
        if (p > b.length + 1) {
            throw new RefusedException("the AVI file is truncated");
        }
    }

    private static void walk(byte[] b, int start, int end, String parent, Visitor v) throws RefusedException {
        int p = start;
        while (p < end) {
            if (p + 8 > end) {
                throw new RefusedException("the AVI file is truncated (chunk header at byte " + p + ")");
            }
            String id = Bin.fourCc(b, p);
            long size = Bin.u32le(b, p + 4);
            if (size > end - p - 8L) {
                throw new RefusedException("the AVI file is truncated ('" + id.strip() + "' chunk runs past its"
                        + " parent)");
            }
            String name = id;
            if (id.equals("LIST")) {
                if (size < 4) {
                    throw new RefusedException("malformed AVI: an empty LIST");
                }
                name = "LIST " + Bin.fourCc(b, p + 8);
            }
            if (id.equals("JUNK")) {
                v.junk(p, (int) size);
            } else if (!AviChunkPolicy.allowed(parent, name)) {
                v.foreign(parent, name, p, (int) size);
            } else if (id.equals("LIST") && AviChunkPolicy.walked(name.substring(5))) {
                walk(b, p + 12, p + 8 + (int) size, name.substring(5), v);
            }
            p += 8 + (int) size + (int) (size & 1);
        }
    }
}
