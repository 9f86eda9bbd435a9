package org.veil.files.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/** Lists what a PDF carries, for {@code veil scrub show}. Reads only; the document is not changed. */
final class PdfInspector {
    private static final Map<String, MetadataGroup> INFO_GROUPS = Map.of(
            "Author", MetadataGroup.PEOPLE,
            "Creator", MetadataGroup.SOFTWARE,
            "Producer", MetadataGroup.SOFTWARE,
            "CreationDate", MetadataGroup.TIME,
            "ModDate", MetadataGroup.TIME,
            "Trapped", MetadataGroup.OTHER);
    private static final Set<String> OUTSIDE_ACTIONS = Set.of("Launch", "SubmitForm", "ImportData", "GoToR", "GoToE");
    private static final Set<String> MARKUP_AUTHOR_TIMES = Set.of("M", "CreationDate");

    private final List<MetadataItem> items = new ArrayList<>();
    private int thumbnails;
    private int xmpObjects;
    private int images;

    private PdfInspector() {
    }

    static List<MetadataItem> inspect(byte[] content) throws RefusedException {
        PDDocument doc = PdfLoader.load(content);
        try {
            PdfInspector in = new PdfInspector();
            COSDictionary trailer = doc.getDocument().getTrailer();
            in.info(trailer.getCOSDictionary(COSName.INFO));
            in.documentId(trailer.getCOSArray(COSName.ID));
            int revisions = PdfLoader.countEofMarkers(content);
            if (revisions > 1) {
                in.add(MetadataGroup.HISTORY, "incremental updates", (revisions - 1) + " earlier revisions kept");
            }
            CosWalk.walk(doc.getDocumentCatalog().getCOSObject(), in::visit);
            if (in.thumbnails > 0) {
                in.add(MetadataGroup.HISTORY, "page thumbnails", in.thumbnails + " (may show an older page)");
            }
            return in.items;
        } finally {
            PdfLoader.close(doc);
        }
    }

    private void add(MetadataGroup group, String name, String value) {
        items.add(new MetadataItem(group, name, value));
    }

    private void info(COSDictionary info) {
        if (info == null) {
            return;
        }
        for (Map.Entry<COSName, COSBase> e : info.entrySet()) {
            String key = e.getKey().getName();
            COSBase value = CosWalk.resolve(e.getValue());
            String text = value instanceof COSString s ? s.getString() : String.valueOf(value);
            add(INFO_GROUPS.getOrDefault(key, MetadataGroup.DESCRIPTION), "Info " + key, text);
        }
    }

    private void documentId(COSArray id) {
        if (id != null && id.size() > 0 && id.getObject(0) instanceof COSString s) {
            add(MetadataGroup.OTHER, "document ID", HexFormat.of().formatHex(s.getBytes()));
        }
    }

    private void visit(COSDictionary dict) {
        COSName type = dict.getCOSName(COSName.TYPE);
        COSName subtype = dict.getCOSName(COSName.SUBTYPE);
        if (dict.getDictionaryObject(COSName.METADATA) instanceof COSStream xmp) {
            xmpObjects++;
            String where = COSName.CATALOG.equals(type) ? "" : " (on " + (subtype != null ? subtype.getName()
                    : type != null ? type.getName() : "an object") + " #" + xmpObjects + ")";
            items.addAll(XmpFields.read(bytes(xmp), where));
        }
        if (dict.containsKey(COSName.THUMB)) {
            thumbnails++;
        }
        if (dict.containsKey(COSName.PIECE_INFO)) {
            add(MetadataGroup.HISTORY, "PieceInfo", "application private data (may hold an editable copy)");
        }
        if (dict.getDictionaryObject(COSName.LAST_MODIFIED) instanceof COSString s) {
            add(MetadataGroup.TIME, "LastModified", s.getString());
        }
        scripts(dict);
        attachments(dict, type);
        annotationAuthor(dict, subtype);
        if (dict instanceof COSStream stream) {
            image(stream);
        }
    }

    private void scripts(COSDictionary dict) {
        if (dict.getDictionaryObject(COSName.JS) != null) {
            add(MetadataGroup.EMBEDDED, "JavaScript", "a script runs in the reader");
        }
        if (dict.containsKey(COSName.AA)) {
            add(MetadataGroup.EMBEDDED, "additional actions", "actions triggered on open, close, focus or input");
        }
        COSName action = dict.getCOSName(COSName.S);
        if (action != null && OUTSIDE_ACTIONS.contains(action.getName())) {
            add(MetadataGroup.EMBEDDED, action.getName() + " action", "opens a program, a file or a web address");
        }
    }

    private void attachments(COSDictionary dict, COSName type) {
        if (dict.containsKey(COSName.EF)) {
            String name = dict.getString(COSName.UF, dict.getString(COSName.F, "unnamed"));
            add(MetadataGroup.EMBEDDED, "embedded file", name);
        }
        if (COSName.getPDFName("Sig").equals(type)) {
            add(MetadataGroup.PEOPLE, "digital signature", dict.getString(COSName.NAME, "signer's certificate"));
        }
    }

    private void annotationAuthor(COSDictionary dict, COSName subtype) {
        boolean annotation = dict.containsKey(COSName.RECT) && subtype != null;
        if (!annotation || subtype.getName().equals("Widget")) {
            return;
        }
        if (dict.getDictionaryObject(COSName.T) instanceof COSString author) {
            add(MetadataGroup.PEOPLE, subtype.getName() + " annotation author", author.getString());
        }
        for (String key : MARKUP_AUTHOR_TIMES) {
            if (dict.getDictionaryObject(COSName.getPDFName(key)) instanceof COSString s) {
                add(MetadataGroup.TIME, subtype.getName() + " annotation " + key, s.getString());
            }
        }
    }

    /** EXIF in an embedded JPEG: GPS as a location, camera make and model as the device. */
    private void image(COSStream stream) {
        if (!PdfFilters.isJpeg(PdfFilters.of(stream))) {
            return;
        }
        images++;
        String where = "JPEG image " + images;
        try {
            Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(EmbeddedJpegs.jpegBytes(stream)));
            GpsDirectory gps = m.getFirstDirectoryOfType(GpsDirectory.class);
            GeoLocation at = gps == null ? null : gps.getGeoLocation();
            if (at != null) {
                add(MetadataGroup.LOCATION, where + " GPS", at.getLatitude() + ", " + at.getLongitude());
            }
            ExifIFD0Directory ifd0 = m.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (ifd0 != null) {
                String camera = (nullToEmpty(ifd0.getString(ExifIFD0Directory.TAG_MAKE)) + " "
                        + nullToEmpty(ifd0.getString(ExifIFD0Directory.TAG_MODEL))).strip();
                add(MetadataGroup.DEVICE, where + " EXIF", camera.isEmpty() ? "camera and settings" : camera);
            }
            for (Directory d : m.getDirectories()) {
                if (d.getName().equals("XMP") || d.getName().equals("IPTC")) {
                    add(MetadataGroup.DESCRIPTION, where + " " + d.getName(), d.getTagCount() + " fields");
                }
            }
        } catch (Exception e) {
            add(MetadataGroup.OTHER, where, "unreadable metadata (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static byte[] bytes(COSStream stream) {
        try (InputStream in = stream.createInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
