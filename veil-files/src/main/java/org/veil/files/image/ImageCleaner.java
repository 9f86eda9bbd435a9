package org.veil.files.image;

import java.util.List;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.Cleaner;
import org.veil.files.FileType;
import org.veil.files.Keep;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * The image family. JPEG, PNG, GIF and WebP are cleaned losslessly by copying only the structure their pixels
 * need (the compressed image data is copied byte for byte); TIFF and BMP are rebuilt from their pixels with
 * lossless encoders and checked sample for sample; HEIF/HEIC/AVIF is refused. An EXIF orientation other than
 * "upright" is always kept, as a minimal tag for JPEG and PNG (applying it would mean re-encoding) and applied to
 * the pixels for TIFF, so {@link Keep#ORIENTATION} is in effect always on. Paranoid mode re-renders JPEG, PNG and
 * single-frame GIF from decoded pixels.
 */
public final class ImageCleaner implements Cleaner {
    static final String HEIF_REFUSAL = "HEIF/HEIC cannot be cleaned losslessly by Veil yet; convert to JPEG first, "
            + "e.g. with heif-convert";

    private final JpegCleaner jpeg = new JpegCleaner();
    private final PngCleaner png = new PngCleaner();
    private final GifCleaner gif = new GifCleaner();
    private final WebpCleaner webp = new WebpCleaner();
    private final TiffCleaner tiff = new TiffCleaner();
    private final BmpCleaner bmp = new BmpCleaner();
    private final ParanoidRecoder paranoid = new ParanoidRecoder();
    private final MetadataLister lister = new MetadataLister();

    @Override
    public Set<FileType> types() {
        return Set.of(FileType.JPEG, FileType.PNG, FileType.TIFF, FileType.WEBP, FileType.GIF, FileType.BMP,
                FileType.HEIF);
    }

    @Override
    public List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) throws RefusedException {
        return lister.list(content, type, context.options().keeps(Keep.ICC));
    }

    @Override
    public byte[] clean(byte[] content, FileType type, CleanContext context) throws RefusedException {
        if (type == FileType.HEIF) {
            throw new RefusedException(HEIF_REFUSAL);
        }
        boolean rerender = context.options().paranoid()
                && (type == FileType.JPEG || type == FileType.PNG || type == FileType.GIF || type == FileType.WEBP);
        if (rerender) {
            return paranoid.recode(content, type, context.options(), context.limits());
        }
        return switch (type) {
            case JPEG -> jpeg.clean(content, context.options());
            case PNG -> png.clean(content, context.options());
            case GIF -> gif.clean(content).cleaned();
            case WEBP -> webp.clean(content, context.options());
            case TIFF -> tiff.clean(content, context.limits(), context.options().keeps(Keep.ICC));
            case BMP -> bmp.clean(content, context.limits());
            default -> throw new RefusedException(type + " is not an image type this cleaner handles");
        };
    }
}
