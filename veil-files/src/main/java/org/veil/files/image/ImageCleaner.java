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
 * lossless encoders and checked sample for sample (HEIF/HEIC/AVIF have their own family, {@code heif}). An EXIF orientation other than
 * "upright" is always kept, as a minimal tag for JPEG and PNG (applying it would mean re-encoding) and applied to
 * the pixels for TIFF, so {@link Keep#ORIENTATION} is in effect always on. Paranoid mode re-renders JPEG, PNG and
 * single-frame GIF from decoded pixels.
 */
public final class ImageCleaner implements Cleaner {
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
        return Set.of(FileType.JPEG, FileType.PNG, FileType.TIFF, FileType.WEBP, FileType.GIF, FileType.BMP);
    }

    @Override
    public List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) throws RefusedException {
        return lister.list(content, type, context.options().keeps(Keep.ICC));
    }

    @Override
    public byte[] clean(byte[] content, FileType type, CleanContext context) throws RefusedException {
        boolean rerender = context.options().paranoid()
                && (type == FileType.JPEG || type == FileType.PNG || type == FileType.GIF || type == FileType.WEBP);
        if (rerender) {
            return paranoid.recode(content, type, context.options(), context.limits());
        }
        // The size limit holds on the lossless paths too, although they never decode: the README promises it,
        // and a file declaring billions of pixels is a bomb for whoever opens the "cleaned" copy.
        return switch (type) {
            case JPEG -> {
                byte[] cleaned = jpeg.clean(content, context.options());
                JpegCleaner.FrameSize size = jpeg.frameSize(cleaned);
                context.limits().checkPixels(size.width(), size.height());
                yield cleaned;
            }
            case PNG -> {
                byte[] cleaned = png.clean(content, context.options());
                long[] size = png.declaredSize(cleaned);
                context.limits().checkPixels(size[0], size[1]);
                yield cleaned;
            }
            case GIF -> {
                GifCleaner.Result walk = gif.clean(content);
                context.limits().checkPixels(walk.width(), walk.height());
                yield walk.cleaned();
            }
            case WEBP -> {
                long[] size = WebpCleaner.declaredSize(content);
                context.limits().checkPixels(size[0], size[1]);
                yield webp.clean(content, context.options());
            }
            case TIFF -> tiff.clean(content, context.limits(), context.options().keeps(Keep.ICC));
            case BMP -> bmp.clean(content, context.limits());
            default -> throw new RefusedException(type + " is not an image type this cleaner handles");
        };
    }
}
