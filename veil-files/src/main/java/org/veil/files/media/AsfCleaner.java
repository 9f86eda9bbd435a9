package org.veil.files.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * ASF (WMV, WMA): the header object is rebuilt with only the objects {@link AsfObjectPolicy} keeps (its size and
 * object count fixed, the header extension's data size too), the file properties' creation date set to zero and
 * their file size set to the new length. The data object and the indexes follow byte for byte: they count
 * packets, not bytes, so a shorter header moves nothing they point to. Encrypted files, stream names and data
 * outside the objects are refused.
 */
final class AsfCleaner implements ContainerCleaner {
    private static final int HEADER_FIXED = 30;
    private static final int EXTENSION_FIXED = 46;

    /** One object: GUID, where it starts, its size. */
    private record Obj(String guid, int start, int size) {
    }

    @Override
    public List<MetadataItem> inspect(byte[] b) throws RefusedException {
        List<MetadataItem> items = new ArrayList<>();
        List<Obj> top = objects(b, 0, b.length);
        for (Obj o : objects(b, top.get(0).start() + HEADER_FIXED, top.get(0).start() + top.get(0).size())) {
            switch (o.guid()) {
                case "75B22633-668E-11CF-A6D9-00AA0062CE6C" -> items.addAll(contentDescription(b, o));
                case "D2D0A440-E307-11D2-97F0-00A0C95EA850" -> items.add(new MetadataItem(MetadataGroup.DESCRIPTION,
                        "extended content description", "tags, " + o.size() + " bytes"));
                case AsfObjectPolicy.FILE_PROPERTIES -> {
                    if (Bin.u32le(b, o.start() + 48) != 0 || Bin.u32le(b, o.start() + 52) != 0) {
                        items.add(new MetadataItem(MetadataGroup.TIME, "creation date", "set"));
                    }
                }
                case AsfObjectPolicy.HEADER_EXTENSION -> {
                    for (Obj x : objects(b, o.start() + EXTENSION_FIXED, o.start() + o.size())) {
                        if (!AsfObjectPolicy.IN_EXTENSION.contains(x.guid())) {
                            items.add(new MetadataItem(MetadataGroup.DESCRIPTION, "header extension object "
                                    + x.guid(), x.size() + " bytes"));
                        }
                    }
                }
                default -> {
                    if (!AsfObjectPolicy.IN_HEADER.contains(o.guid())) {
                        items.add(new MetadataItem(MetadataGroup.OTHER, "header object " + o.guid(),
                                o.size() + " bytes"));
                    }
                }
            }
        }
        return items;
    }

    @Override
    public byte[] clean(byte[] b) throws RefusedException {
        List<Obj> top = objects(b, 0, b.length);
        Obj header = top.get(0);
        ByteArrayOutputStream objects = new ByteArrayOutputStream();
        int count = 0;
        int fileProperties = -1;
        for (Obj o : objects(b, header.start() + HEADER_FIXED, header.start() + header.size())) {
            refuseEncrypted(o);
            if (o.guid().equals(AsfObjectPolicy.HEADER_EXTENSION)) {
                objects.writeBytes(extension(b, o));
                count++;
            } else if (AsfObjectPolicy.IN_HEADER.contains(o.guid())) {
                if (o.guid().equals(AsfObjectPolicy.FILE_PROPERTIES)) {
                    if (o.size() < 104) {
                        throw new RefusedException("a malformed ASF file properties object");
                    }
                    fileProperties = HEADER_FIXED + objects.size();
                }
                objects.write(b, o.start(), o.size());
                count++;
            }
        }
        if (fileProperties < 0) {
            throw new RefusedException("an ASF file without its file properties object");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, header.start(), 16);
        out.writeBytes(le64(HEADER_FIXED + objects.size()));
        out.writeBytes(new byte[] {(byte) count, (byte) (count >>> 8), (byte) (count >>> 16), (byte) (count >>> 24)});
        out.write(b, header.start() + 28, 2);
        out.writeBytes(objects.toByteArray());
        for (Obj o : top.subList(1, top.size())) {
            out.write(b, o.start(), o.size());
        }
        byte[] cleaned = out.toByteArray();
        System.arraycopy(le64(cleaned.length), 0, cleaned, fileProperties + 40, 8);
        System.arraycopy(new byte[8], 0, cleaned, fileProperties + 48, 8);
        return cleaned;
    }

    /** The header extension with only the objects kept, its data size fixed. */
    private static byte[] extension(byte[] b, Obj ext) throws RefusedException {
        if (ext.size() < EXTENSION_FIXED) {
            throw new RefusedException("a malformed ASF header extension");
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        for (Obj x : objects(b, ext.start() + EXTENSION_FIXED, ext.start() + ext.size())) {
            refuseEncrypted(x);
            if (x.guid().equals(AsfObjectPolicy.METADATA)) {
                kept.writeBytes(displayRecords(b, x));
            } else if (AsfObjectPolicy.IN_EXTENSION.contains(x.guid())) {
                if (x.guid().equals(AsfObjectPolicy.EXTENDED_STREAM_PROPERTIES)
                        && (x.size() < 88 || Bin.u8(b, x.start() + 84) != 0 || Bin.u8(b, x.start() + 85) != 0)) {
                    throw new RefusedException("an ASF stream with a name or a malformed stream description");
                }
                kept.write(b, x.start(), x.size());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, ext.start(), 16);
        out.writeBytes(le64(EXTENSION_FIXED + kept.size()));
        out.write(b, ext.start() + 24, 18);
        long size = kept.size();
        out.writeBytes(new byte[] {(byte) size, (byte) (size >>> 8), (byte) (size >>> 16), (byte) (size >>> 24)});
        out.writeBytes(kept.toByteArray());
        return out.toByteArray();
    }

    /**
     * The metadata object with only its pixel-aspect-ratio records (players need them to show the picture
     * undistorted), or nothing when it has none.
     */
    private static byte[] displayRecords(byte[] b, Obj o) throws RefusedException {
        int count = Bin.u8(b, o.start() + 24) | Bin.u8(b, o.start() + 25) << 8;
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        int kept = 0;
        int p = o.start() + 26;
        for (int i = 0; i < count; i++) {
            Bin.need(b, p, 12);
            int nameLength = Bin.u8(b, p + 4) | Bin.u8(b, p + 5) << 8;
            long dataLength = Bin.u32le(b, p + 8);
            long size = 12L + nameLength + dataLength;
            if (size > o.start() + o.size() - p) {
                throw new RefusedException("a malformed ASF metadata object");
            }
            String name = new String(b, p + 12, nameLength, StandardCharsets.UTF_16LE).replace("\0", "");
            if (AsfObjectPolicy.DISPLAY_RECORDS.contains(name)) {
                records.write(b, p, (int) size);
                kept++;
            }
            p += (int) size;
        }
        if (kept == 0) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, o.start(), 16);
        out.writeBytes(le64(26L + records.size()));
        out.writeBytes(new byte[] {(byte) kept, (byte) (kept >>> 8)});
        out.writeBytes(records.toByteArray());
        return out.toByteArray();
    }

    private static void refuseEncrypted(Obj o) throws RefusedException {
        if (AsfObjectPolicy.ENCRYPTION.contains(o.guid())) {
            throw new RefusedException("an encrypted (DRM) ASF file, which Veil cannot check");
        }
    }

    /**
     * The objects filling [start, end) exactly; at the top level the header must come first, then the data
     * object, and nothing outside {@link AsfObjectPolicy#TOP} may follow.
     */
    private static List<Obj> objects(byte[] b, int start, int end) throws RefusedException {
        List<Obj> list = new ArrayList<>();
        int p = start;
        while (p < end) {
            if (p + 24 > end) {
                throw new RefusedException("the ASF file is truncated (object header at byte " + p + ")");
            }
            Bin.need(b, p, 24);
            String guid = AsfObjectPolicy.guid(b, p);
            long size = Bin.u32le(b, p + 16) | Bin.u32le(b, p + 20) << 32;
            if (size < 24 || size > end - p) {
                throw new RefusedException("the ASF file is truncated or malformed (an object at byte " + p
                        + " declares " + size + " bytes)");
            }
            list.add(new Obj(guid, p, (int) size));
            p += (int) size;
        }
        if (start == 0) {
            if (list.isEmpty() || !list.get(0).guid().equals(AsfObjectPolicy.HEADER) || list.get(0).size() < 30
                    || list.size() < 2 || !list.get(1).guid().equals(AsfObjectPolicy.DATA)) {
                throw new RefusedException("a malformed ASF file: it must start with a header and a data object");
            }
            for (Obj o : list.subList(1, list.size())) {
                if (!AsfObjectPolicy.TOP.contains(o.guid())) {
                    throw new RefusedException("an unknown top-level ASF object " + o.guid());
                }
            }
        }
        return list;
    }

    private static List<MetadataItem> contentDescription(byte[] b, Obj o) throws RefusedException {
        String[] names = {"title", "author", "copyright", "description", "rating"};
        MetadataGroup[] groups = {MetadataGroup.DESCRIPTION, MetadataGroup.PEOPLE, MetadataGroup.PEOPLE,
            MetadataGroup.DESCRIPTION, MetadataGroup.DESCRIPTION};
        List<MetadataItem> items = new ArrayList<>();
        int p = o.start() + 34;
        for (int i = 0; i < 5; i++) {
            int length = Bin.u8(b, o.start() + 24 + 2 * i) | Bin.u8(b, o.start() + 25 + 2 * i) << 8;
            if (p + length > o.start() + o.size()) {
                break;
            }
            String v = Bin.display(new String(b, p, length, StandardCharsets.UTF_16LE).replace("\0", ""));
            if (!v.isEmpty()) {
                items.add(new MetadataItem(groups[i], names[i], v));
            }
            p += length;
        }
        return items;
    }

    private static byte[] le64(long v) {
        byte[] x = new byte[8];
        for (int i = 0; i < 8; i++) {
            x[i] = (byte) (v >>> (8 * i));
        }
        return x;
    }
}
