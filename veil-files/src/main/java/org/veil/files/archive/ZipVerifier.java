package org.veil.files.archive;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.FileType;
import org.veil.files.RefusedException;
import org.veil.files.Verifier;

/**
 * Checks a cleaned ZIP container by walking its raw records, not through {@link SafeZip}: every timestamp is
 * 1980-01-01 00:00, there are no extra fields, comments, Unix owners or permissions, and no byte of the file
 * lies outside a known record (nothing hidden before, between or after the members). The members themselves were
 * verified one by one while cleaning; this checks the container only.
 */
public final class ZipVerifier implements Verifier {
    /** Data descriptor follows the data (bit 3) and UTF-8 names (bit 11): the only flags a clean entry needs. */
    private static final int ALLOWED_FLAGS = 0x0008 | 0x0800;
    private static final int DESCRIPTOR = 0x08074b50;
    /** External attributes a DOS-host entry may carry: none, or the DOS directory bit. */
    private static final Set<Long> ALLOWED_EXTERNAL = Set.of(0L, 0x10L);

    @Override
    public Set<FileType> types() {
        return Set.of(FileType.ZIP);
    }

    @Override
    public List<String> residue(byte[] cleaned, FileType type, CleanContext context) throws RefusedException {
        ZipStructure zip = ZipStructure.read(cleaned);
        List<String> residue = new ArrayList<>();
        if (zip.archiveComment().length > 0) {
            residue.add("archive comment (" + zip.archiveComment().length + " bytes)");
        }
        ByteBuffer b = ByteBuffer.wrap(cleaned).order(ByteOrder.LITTLE_ENDIAN);
        long expectedOffset = 0;
        for (ZipStructure.Entry e : zip.entries()) {
            checkEntry(e, residue);
            if (e.localOffset() != expectedOffset) {
                residue.add("'" + e.name() + "': " + Math.abs(e.localOffset() - expectedOffset)
                        + " bytes outside any member before it");
            }
            expectedOffset = endOfEntry(e, b, cleaned.length);
        }
        if (zip.centralOffset() != expectedOffset) {
            residue.add("bytes outside any member before the central directory");
        }
        if (zip.centralOffset() + zip.centralSize() != zip.eocdOffset()) {
            residue.add("bytes outside any record after the central directory");
        }
        if (zip.eocdOffset() + 22 + zip.archiveComment().length != zip.length()) {
            residue.add("bytes after the end of the archive");
        }
        return residue;
    }

    private static void checkEntry(ZipStructure.Entry e, List<String> residue) {
        String n = "'" + e.name() + "': ";
        if (e.dosDate() != ZipStructure.EPOCH_DATE || e.dosTime() != ZipStructure.EPOCH_TIME
                || e.local().dosDate() != ZipStructure.EPOCH_DATE || e.local().dosTime() != ZipStructure.EPOCH_TIME) {
            residue.add(n + "timestamp " + ZipStructure.dosDateTime(e.dosDate(), e.dosTime()));
        }
        if (e.extra().length > 0 || e.local().extra().length > 0) {
            residue.add(n + "extra fields");
        }
        if (e.comment().length > 0) {
            residue.add(n + "comment");
        }
        if (e.host() != 0) {
            residue.add(n + "made by host system " + e.host() + " (owner and permission bits)");
        }
        if (!ALLOWED_EXTERNAL.contains(e.externalAttrs())) {
            residue.add(n + "file attributes 0x" + Long.toHexString(e.externalAttrs()));
        }
        if (e.internalAttrs() != 0) {
            residue.add(n + "internal attributes 0x" + Integer.toHexString(e.internalAttrs()));
        }
        if ((e.flags() & ~ALLOWED_FLAGS) != 0 || (e.local().flags() & ~ALLOWED_FLAGS) != 0) {
            residue.add(n + "unexpected flags 0x" + Integer.toHexString(e.flags() | e.local().flags()));
        }
        if (!e.local().name().equals(e.name())) {
            residue.add(n + "local header names it '" + e.local().name() + "'");
        }
    }

    /** The offset just past the entry's data and its data descriptor, if it has one. */
    private static long endOfEntry(ZipStructure.Entry e, ByteBuffer b, int length) throws RefusedException {
        long end = e.dataStart() + e.compressedSize();
        if ((e.local().flags() & 0x0008) != 0) {
            end += end + 4 <= length && b.getInt((int) end) == DESCRIPTOR ? 16 : 12;
        }
        if (end > length) {
            throw new RefusedException("the cleaned archive is truncated ('" + e.name() + "')");
        }
        return end;
    }
}
