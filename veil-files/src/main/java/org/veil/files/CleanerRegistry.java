package org.veil.files;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The one place where cleaners and verifiers are registered, one of each per format family. */
public final class CleanerRegistry {
    private final Map<FileType, Cleaner> cleaners = new EnumMap<>(FileType.class);
    private final Map<FileType, Verifier> verifiers = new EnumMap<>(FileType.class);

    /** Every family Veil ships. */
    public static CleanerRegistry standard() {
        CleanerRegistry r = new CleanerRegistry();
        // FAMILIES: one register(...) line per format family.
        r.register(new org.veil.files.pdf.PdfCleaner(), new org.veil.files.pdf.PdfVerifier());
        r.register(new org.veil.files.image.ImageCleaner(), new org.veil.files.image.ImageVerifier());
        r.register(new org.veil.files.office.OfficeCleaner(), new org.veil.files.office.OfficeVerifier());
        r.register(new org.veil.files.archive.ZipCleaner(), new org.veil.files.archive.ZipVerifier());
        r.register(new org.veil.files.markup.MarkupCleaner(), new org.veil.files.markup.MarkupVerifier());
        r.register(new org.veil.files.media.MediaCleaner(), new org.veil.files.media.MediaVerifier());
        r.register(new org.veil.files.odf.OdfCleaner(), new org.veil.files.odf.OdfVerifier());
        r.register(new org.veil.files.odf.EpubCleaner(), new org.veil.files.odf.EpubVerifier());
        r.register(new org.veil.files.netpbm.NetpbmCleaner(), new org.veil.files.netpbm.NetpbmVerifier());
        r.register(new org.veil.files.heif.HeifCleaner(), new org.veil.files.heif.HeifVerifier());
        r.register(new org.veil.files.jxl.JxlCleaner(), new org.veil.files.jxl.JxlVerifier());
        r.register(new org.veil.files.torrent.TorrentCleaner(), new org.veil.files.torrent.TorrentVerifier());
        return r;
    }

    public CleanerRegistry register(Cleaner cleaner, Verifier verifier) {
        for (FileType t : cleaner.types()) {
            if (!verifier.types().contains(t)) {
                throw new IllegalArgumentException("no verifier for " + t + " beside " + cleaner);
            }
            cleaners.put(t, cleaner);
            verifiers.put(t, verifier);
        }
        return this;
    }

    public Optional<Cleaner> cleaner(FileType type) {
        return Optional.ofNullable(cleaners.get(type));
    }

    public Optional<Verifier> verifier(FileType type) {
        return Optional.ofNullable(verifiers.get(type));
    }
}
