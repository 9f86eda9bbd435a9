package org.veil.files.image;

import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.xmp.XmpDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.FileType;
import org.veil.files.Keep;
import org.veil.files.RefusedException;
import org.veil.files.Verifier;

/**
 * The independent check for images, in two parts that share no code with the cleaners: metadata-extractor
 * re-reads the cleaned bytes and every field not on the structural allow-list is residue (EXIF other than a lone
 * Orientation, GPS, XMP, IPTC, Photoshop, ICC unless kept, comments, PNG text, tIME, thumbnails, and anything
 * unknown); then {@link StructureAudit} walks the container itself, so unknown segments, chunks, blocks and
 * trailing bytes count too, even those metadata-extractor does not report.
 */
public final class ImageVerifier implements Verifier {
    private static final int MAX_VALUE = 60;
    /** The losslessly cleaned formats, whose cleaned structure {@link StructureAudit} checks completely. */
    private static final Set<FileType> STRUCTURE_ONLY = Set.of(FileType.JPEG, FileType.PNG, FileType.GIF,
            FileType.WEBP);

    /** The metadata reader; a parameter so that a test can stand in for a library bug. */
    interface MetadataReader {
        Metadata read(byte[] content) throws RefusedException;
    }

    private final MetadataReader reader;

    public ImageVerifier() {
        this(ImageMetadata::read);
    }

    ImageVerifier(MetadataReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<FileType> types() {
        return Set.of(FileType.JPEG, FileType.PNG, FileType.TIFF, FileType.WEBP, FileType.GIF, FileType.BMP);
    }

    @Override
    public List<String> residue(byte[] cleaned, FileType type, CleanContext context) throws RefusedException {
        boolean keepIcc = context.options().keeps(Keep.ICC);
        List<String> residue = new ArrayList<>();
        Metadata metadata;
        try {
            metadata = reader.read(cleaned);
        } catch (RefusedException e) {
            if (!(e.getCause() instanceof RuntimeException) || !STRUCTURE_ONLY.contains(type)) {
                return List.of("metadata-extractor cannot re-read the cleaned file: " + e.getMessage());
            }
            // A bug inside metadata-extractor (an index error on a file it should read) must not refuse a valid
            // file: for the formats the cleaner rebuilt from an allow-list of structure, the structural audit
            // alone decides, and it accepts no segment, chunk or block that could hold metadata.
            metadata = new Metadata();
        }
        for (Directory d : metadata.getDirectories()) {
            for (String error : d.getErrors()) {
                residue.add(d.getName() + ": " + error);
            }
            if (d instanceof XmpDirectory xmp) {
                residue.add("XMP packet with " + xmp.getXmpProperties().size() + " properties");
                continue;
            }
            for (Tag t : d.getTags()) {
                if (!StructuralTags.isStructural(d, t.getTagType(), type, keepIcc)) {
                    residue.add(d.getName() + " " + t.getTagName() + " = " + shorten(t.getDescription()));
                }
            }
        }
        residue.addAll(StructureAudit.residue(cleaned, type, keepIcc));
        return residue;
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > MAX_VALUE ? s.substring(0, MAX_VALUE) + "…" : s;
    }
}
