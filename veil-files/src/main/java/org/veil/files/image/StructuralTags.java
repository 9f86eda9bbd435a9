package org.veil.files.image;

import com.drew.metadata.Directory;
import com.drew.metadata.adobe.AdobeJpegDirectory;
import com.drew.metadata.bmp.BmpHeaderDirectory;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifImageDirectory;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import com.drew.metadata.file.FileTypeDirectory;
import com.drew.metadata.gif.GifAnimationDirectory;
import com.drew.metadata.gif.GifControlDirectory;
import com.drew.metadata.gif.GifHeaderDirectory;
import com.drew.metadata.gif.GifImageDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.jfif.JfifDirectory;
import com.drew.metadata.jpeg.HuffmanTablesDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.png.PngChromaticitiesDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;
import java.util.Set;
import org.veil.files.FileType;

/**
 * The allow-list of harmless structure, as metadata-extractor reports it: what a picture needs to be decoded and
 * displayed (sizes, tables, colour and layout fields) and identifies nobody. {@code veil scrub show} hides these
 * fields; the verifier counts every other field as residue.
 */
final class StructuralTags {
    /** TIFF tags that only describe the pixel layout (baseline and display fields); also the TIFF verifier's list. */
    static final Set<Integer> TIFF_LAYOUT = Set.of(254, 255, 256, 257, 258, 259, 262, 263, 266, 273, 274, 277, 278,
            279, 280, 281, 282, 283, 284, 286, 287, 290, 291, 292, 293, 296, 301, 317, 318, 319, 320, 321, 322, 323,
            324, 325, 338, 339, 340, 341, 529, 530, 531, 532);
    static final int TIFF_ICC = 34675;
    private static final Set<Class<? extends Directory>> ALL_STRUCTURAL = Set.of(JpegDirectory.class,
            HuffmanTablesDirectory.class, AdobeJpegDirectory.class, FileTypeDirectory.class,
            PngChromaticitiesDirectory.class, GifHeaderDirectory.class, GifControlDirectory.class,
            GifImageDirectory.class, GifAnimationDirectory.class, WebpDirectory.class);
    private static final Set<Integer> PNG_STRUCTURAL = Set.of(PngDirectory.TAG_IMAGE_WIDTH,
            PngDirectory.TAG_IMAGE_HEIGHT, PngDirectory.TAG_BITS_PER_SAMPLE, PngDirectory.TAG_COLOR_TYPE,
            PngDirectory.TAG_COMPRESSION_TYPE, PngDirectory.TAG_FILTER_METHOD, PngDirectory.TAG_INTERLACE_METHOD,
            PngDirectory.TAG_PALETTE_SIZE, PngDirectory.TAG_PALETTE_HAS_TRANSPARENCY,
            PngDirectory.TAG_SRGB_RENDERING_INTENT, PngDirectory.TAG_GAMMA, PngDirectory.TAG_BACKGROUND_COLOR,
            PngDirectory.TAG_PIXELS_PER_UNIT_X, PngDirectory.TAG_PIXELS_PER_UNIT_Y, PngDirectory.TAG_UNIT_SPECIFIER,
            PngDirectory.TAG_SIGNIFICANT_BITS);

    private StructuralTags() {
    }

    /** Whether {@code tag} of {@code d} is harmless structure in a {@code type} file. */
    static boolean isStructural(Directory d, int tag, FileType type, boolean keepIcc) {
        if (ALL_STRUCTURAL.contains(d.getClass())) {
            return true;
        }
        if (d instanceof JfifDirectory) {
            // a non-zero thumbnail size means a thumbnail: a copy of the picture as it was
            return !(tag == JfifDirectory.TAG_THUMB_WIDTH || tag == JfifDirectory.TAG_THUMB_HEIGHT)
                    || Integer.valueOf(0).equals(d.getInteger(tag));
        }
        if (type == FileType.TIFF && d instanceof ExifThumbnailDirectory) {
            // metadata-extractor names a TIFF's second IFD "thumbnail"; in a cleaned TIFF it is a page (the audit
            // refuses reduced-resolution IFDs)
            return TIFF_LAYOUT.contains(tag) || keepIcc && tag == TIFF_ICC;
        }
        if (d instanceof ExifIFD0Directory || d instanceof ExifImageDirectory) {
            if (tag == ExifIFD0Directory.TAG_ORIENTATION) {
                return true;
            }
            return type == FileType.TIFF && (TIFF_LAYOUT.contains(tag) || keepIcc && tag == TIFF_ICC);
        }
        if (d instanceof PngDirectory) {
            return PNG_STRUCTURAL.contains(tag) || keepIcc && tag == PngDirectory.TAG_ICC_PROFILE_NAME;
        }
        if (d instanceof BmpHeaderDirectory) {
            return tag != BmpHeaderDirectory.TAG_LINKED_PROFILE;
        }
        if (d instanceof IccDirectory) {
            return keepIcc;
        }
        return false;
    }
}
