package org.veil.files.netpbm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.Cleaner;
import org.veil.files.FileType;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * Netpbm images (PBM, PGM, PPM, PAM). Their only metadata are header comments, which editors fill with the
 * program, a creation note or a user's text, PAM header lines beyond the essential ones, and bytes appended after
 * the last image. Each image is rewritten with a minimal header (magic, size, maximum value; for PAM WIDTH,
 * HEIGHT, DEPTH, MAXVAL, a standard TUPLTYPE, ENDHDR) and its pixels copied unchanged, comments removed from a
 * plain (ASCII) raster too.
 */
public final class NetpbmCleaner implements Cleaner {
    @Override
    public Set<FileType> types() {
        return Set.of(FileType.NETPBM);
    }

    @Override
    public List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) throws RefusedException {
        NetpbmParser.Stream stream = NetpbmParser.parse(content, context.limits());
        List<MetadataItem> items = new ArrayList<>();
        for (NetpbmImage image : stream.images()) {
            image.comments().forEach(c -> items.add(new MetadataItem(MetadataGroup.DESCRIPTION, "Netpbm comment", c)));
            image.dropped().forEach(d -> items.add(new MetadataItem(MetadataGroup.OTHER, "PAM header line", d)));
        }
        if (hasData(content, stream.trailerStart())) {
            items.add(new MetadataItem(MetadataGroup.OTHER, "data after the image",
                    (content.length - stream.trailerStart()) + " bytes"));
        }
        return items;
    }

    @Override
    public byte[] clean(byte[] content, FileType type, CleanContext context) throws RefusedException {
        NetpbmParser.Stream stream = NetpbmParser.parse(content, context.limits());
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        for (NetpbmImage image : stream.images()) {
            byte[] header = header(image).getBytes(StandardCharsets.US_ASCII);
            out.write(header, 0, header.length);
            if (image.plain()) {
                writeWithoutComments(content, image.rasterStart(), image.rasterEnd(), out);
                out.write('\n');
            } else {
                out.write(content, image.rasterStart(), image.rasterEnd() - image.rasterStart());
            }
        }
        return out.toByteArray();
    }

    /** Whether anything but whitespace and NULs follows {@code from} (a final newline is not a trailer). */
    private static boolean hasData(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] != 0 && !NetpbmParser.whitespace(b[i])) {
                return true;
            }
        }
        return false;
    }

    private static String header(NetpbmImage i) {
        if (i.format() == 7) {
            return "P7\nWIDTH " + i.width() + "\nHEIGHT " + i.height() + "\nDEPTH " + i.depth() + "\nMAXVAL "
                    + i.maxval() + "\n" + (i.tupleType() == null ? "" : "TUPLTYPE " + i.tupleType() + "\n")
                    + "ENDHDR\n";
        }
        boolean bitmap = i.format() == 1 || i.format() == 4;
        return "P" + i.format() + "\n" + i.width() + " " + i.height() + "\n" + (bitmap ? "" : i.maxval() + "\n");
    }

    /** Copies a plain raster, each comment replaced by the line break that ended it. */
    private static void writeWithoutComments(byte[] b, int from, int to, ByteArrayOutputStream out) {
        int i = from;
        while (i < to) {
            if (b[i] == '#') {
                while (i < to && b[i] != '\n' && b[i] != '\r') {
                    i++;
                }
                out.write('\n');
                if (i < to) {
                    i++;
                }
            } else {
                out.write(b[i]);
                i++;
            }
        }
    }
}
