package org.veil.files.archive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.veil.files.CleanContext;
import org.veil.files.Cleaner;
import org.veil.files.FileType;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * Plain ZIP archives: every member is cleaned on its own through the pipeline (so a JPEG inside loses its EXIF,
 * a ZIP inside is opened one level deeper), and the container is rewritten without timestamps, owners, comments
 * or extra fields. If any member cannot be cleaned the whole archive is refused, naming the member: dropping it
 * silently would hand back an archive the user did not ask for.
 */
public final class ZipCleaner implements Cleaner {
    private static final int UNIX = 3;

    @Override
    public Set<FileType> types() {
        return Set.of(FileType.ZIP);
    }

    @Override
    public byte[] clean(byte[] content, FileType type, CleanContext context) throws RefusedException {
        List<ZipMember> cleaned = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ZipMember m : SafeZip.read(content, context.limits())) {
            String name = ZipNames.normalise(m.name());
            if (!names.add(name)) {
                throw new RefusedException("the archive holds two entries that both mean '" + name + "'");
            }
            cleaned.add(new ZipMember(name, cleanMember(m, name, context)));
        }
        return ZipWriter.write(cleaned);
    }

    private static byte[] cleanMember(ZipMember m, String name, CleanContext context) throws RefusedException {
        if (m.isDirectory()) {
            if (m.data().length != 0) {
                throw new RefusedException("the archive is corrupt (directory '" + name + "' holds data)");
            }
            return m.data();
        }
        if (m.data().length == 0) {
            return m.data(); // an empty file carries nothing, and no detector can type it
        }
        try {
            return context.cleanEmbedded(m.data(), name);
        } catch (RefusedException e) {
            throw new RefusedException("a member of the archive cannot be cleaned, so the whole archive is refused: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) throws RefusedException {
        ZipStructure zip = ZipStructure.read(content);
        List<MetadataItem> items = new ArrayList<>();
        if (zip.archiveComment().length > 0) {
            items.add(new MetadataItem(MetadataGroup.DESCRIPTION, "archive comment", text(zip.archiveComment())));
        }
        Set<String> writers = new TreeSet<>();
        for (ZipStructure.Entry e : zip.entries()) {
            inspectEntry(e, items);
            writers.add(host(e.host()) + ", zip version " + (e.madeBy() & 0xFF) / 10 + "." + (e.madeBy() & 0xFF) % 10);
        }
        for (String w : writers) {
            items.add(new MetadataItem(MetadataGroup.SOFTWARE, "made by", w));
        }
        for (ZipMember m : SafeZip.read(content, context.limits())) {
            if (!m.isDirectory()) {
                items.add(new MetadataItem(MetadataGroup.EMBEDDED, m.name(), memberType(m, context)));
            }
        }
        return items;
    }

    private static void inspectEntry(ZipStructure.Entry e, List<MetadataItem> items) throws RefusedException {
        String n = e.name();
        if (e.dosDate() != ZipStructure.EPOCH_DATE || e.dosTime() != ZipStructure.EPOCH_TIME) {
            items.add(new MetadataItem(MetadataGroup.TIME, n + ": modified",
                    ZipStructure.dosDateTime(e.dosDate(), e.dosTime())));
        }
        if (e.comment().length > 0) {
            items.add(new MetadataItem(MetadataGroup.DESCRIPTION, n + ": comment", text(e.comment())));
        }
        if (e.host() == UNIX && (e.externalAttrs() >>> 16) != 0) {
            items.add(new MetadataItem(MetadataGroup.OTHER, n + ": unix permissions",
                    Long.toOctalString(e.externalAttrs() >>> 16)));
        }
        Set<Integer> seen = new HashSet<>();
        List<ZipStructure.ExtraField> fields = new ArrayList<>(ZipStructure.extraFields(e.extra()));
        fields.addAll(ZipStructure.extraFields(e.local().extra()));
        for (ZipStructure.ExtraField f : fields) {
            if (seen.add(f.id())) {
                items.add(ZipExtraFields.describe(n, f));
            }
        }
    }

    private static String memberType(ZipMember m, CleanContext context) {
        if (m.data().length == 0) {
            return "empty file";
        }
        try {
            return context.detect(m.data(), m.name()).name();
        } catch (RefusedException e) {
            return "cannot be cleaned: " + e.getMessage();
        }
    }

    private static String host(int host) {
        return switch (host) {
            case 0 -> "MS-DOS/Windows";
            case 3 -> "Unix";
            case 7 -> "Macintosh";
            case 10 -> "Windows NTFS";
            case 19 -> "macOS";
            default -> "host " + host;
        };
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
