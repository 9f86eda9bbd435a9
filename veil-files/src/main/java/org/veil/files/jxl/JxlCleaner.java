package org.veil.files.jxl;

import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifReader;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.Cleaner;
import org.veil.files.FileType;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.veil.files.image.MetadataLister;
import org.veil.files.media.Bin;
import org.veil.files.media.IsoBox;

/**
 * JPEG XL. A bare codestream has no metadata boxes and is kept as it is. In the box container only the signature,
 * 'ftyp', the level ('jxll'), the codestream ('jxlc' or its parts 'jxlp') and the frame index ('jxli') are kept,
 * byte for byte and in order; 'Exif', 'xml ' (XMP), 'jumb' (JUMBF, e.g. C2PA), 'brob' (any of those,
 * Brotli-compressed), 'jbrd' (JPEG reconstruction data, which holds the original JPEG's comments and
 * application segments) and every other box are dropped. No box holds an offset into another, so nothing moves
 * that needs fixing.
 */
public final class JxlCleaner implements Cleaner {
    /** The boxes a cleaned container keeps after its signature and 'ftyp'. */
    public static final Set<String> KEPT = Set.of("jxll", "jxlc", "jxlp", "jxli");
    private static final byte[] SIGNATURE_PAYLOAD = {0x0D, 0x0A, (byte) 0x87, 0x0A};

    @Override
    public Set<FileType> types() {
        return Set.of(FileType.JXL);
    }

    @Override
    public List<MetadataItem> inspect(byte[] b, FileType type, CleanContext context) throws RefusedException {
        List<MetadataItem> items = new ArrayList<>();
        if (bare(b)) {
            return items;
        }
        for (IsoBox box : boxes(b)) {
            switch (box.type()) {
                case "JXL ", "ftyp", "jxll", "jxlc", "jxlp", "jxli" -> { }
                case "Exif" -> items.addAll(exif(b, box));
                case "xml " -> items.add(new MetadataItem(MetadataGroup.DESCRIPTION, "XMP packet",
                        box.payloadLength() + " bytes"));
                case "jumb" -> items.add(new MetadataItem(MetadataGroup.HISTORY, "JUMBF box (C2PA or other"
                        + " provenance data)", box.payloadLength() + " bytes"));
                case "brob" -> items.add(new MetadataItem(MetadataGroup.DESCRIPTION, "compressed '"
                        + Bin.fourCc(b, box.payload()).strip() + "' box", box.payloadLength() + " bytes"));
                case "jbrd" -> items.add(new MetadataItem(MetadataGroup.HISTORY, "JPEG reconstruction data (the"
                        + " original JPEG's comments and segments)", box.payloadLength() + " bytes"));
                default -> items.add(new MetadataItem(MetadataGroup.OTHER, "'" + box.type() + "' box",
                        box.payloadLength() + " bytes"));
            }
        }
        return items;
    }

    @Override
    public byte[] clean(byte[] b, FileType type, CleanContext context) throws RefusedException {
        if (bare(b)) {
            return b.clone();
        }
        List<IsoBox> boxes = boxes(b);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, boxes.get(1).end());
        for (IsoBox box : boxes.subList(2, boxes.size())) {
            if (KEPT.contains(box.type())) {
                out.write(b, box.start(), box.size());
            }
        }
        return out.toByteArray();
    }

    private static boolean bare(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0xFF && b[1] == 0x0A;
    }

    /** The container's boxes; refuses a malformed container and one without exactly one form of codestream. */
    private static List<IsoBox> boxes(byte[] b) throws RefusedException {
        List<IsoBox> boxes = IsoBox.children(b, 0, b.length, true);
        if (boxes.size() < 3 || !boxes.get(0).type().equals("JXL ") || boxes.get(0).size() != 12
                || !Bin.ascii(b, 8, new String(SIGNATURE_PAYLOAD, java.nio.charset.StandardCharsets.ISO_8859_1))
                || !boxes.get(1).type().equals("ftyp") || !Bin.fourCc(b, boxes.get(1).payload()).equals("jxl ")) {
            throw new RefusedException("a malformed JPEG XL container (no signature and 'jxl ' file type)");
        }
        int whole = 0;
        int parts = 0;
        for (IsoBox box : boxes.subList(2, boxes.size())) {
            whole += box.type().equals("jxlc") ? 1 : 0;
            parts += box.type().equals("jxlp") ? 1 : 0;
            if (box.type().equals("JXL ") || box.type().equals("ftyp")) {
                throw new RefusedException("a JPEG XL container with a second '" + box.type() + "' box");
            }
        }
        if (whole + (parts > 0 ? 1 : 0) != 1) {
            throw new RefusedException("a JPEG XL container needs one codestream ('jxlc' or 'jxlp' parts), this has "
                    + whole + " whole and " + parts + " partial");
        }
        return boxes;
    }

    /** The fields of an 'Exif' box (a 4-byte offset, then a TIFF structure), as metadata-extractor reads them. */
    private static List<MetadataItem> exif(byte[] b, IsoBox box) throws RefusedException {
        List<MetadataItem> items = new ArrayList<>();
        items.add(new MetadataItem(MetadataGroup.OTHER, "Exif box", box.payloadLength() + " bytes"));
        if (box.payloadLength() < 8) {
            return items;
        }
        long offset = Bin.u32be(b, box.payload());
        if (offset > box.payloadLength() - 4) {
            return items;
        }
        Metadata m = new Metadata();
        try {
            byte[] tiff = java.util.Arrays.copyOfRange(b, box.payload() + 4 + (int) offset, box.end());
            new ExifReader().extract(new ByteArrayReader(tiff), m, 0);
        } catch (RuntimeException e) {
            return items; // listing is best effort; cleaning drops the box whatever it holds
        }
        for (Directory d : m.getDirectories()) {
            for (Tag t : d.getTags()) {
                MetadataGroup g = d.getName().startsWith("GPS") ? MetadataGroup.LOCATION
                        : MetadataLister.classify(t.getTagName());
                items.add(new MetadataItem(g, d.getName() + " " + t.getTagName(), Bin.display(
                        String.valueOf(t.getDescription()))));
            }
        }
        return items;
    }
}
