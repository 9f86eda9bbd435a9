package org.veil.files.pdf;

import java.util.List;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.Cleaner;
import org.veil.files.FileType;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.veil.files.Verifier;

/** A JPEG "family" for pipeline tests, so the PDF family is tested through the Scrubber without the image family. */
final class TestJpegFamily implements Cleaner, Verifier {
    @Override
    public Set<FileType> types() {
        return Set.of(FileType.JPEG);
    }

    @Override
    public List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) {
        return List.of();
    }

    @Override
    public byte[] clean(byte[] content, FileType type, CleanContext context) throws RefusedException {
        return JpegAppStripper.strip(content);
    }

    @Override
    public List<String> residue(byte[] cleaned, FileType type, CleanContext context) {
        return JpegSegmentCheck.residue(cleaned);
    }
}
