package org.veil.files.odf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.files.CleanContext;
import org.veil.files.CleanOptions;
import org.veil.files.Cleaner;
import org.veil.files.CleanerRegistry;
import org.veil.files.FileType;
import org.veil.files.Limits;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.veil.files.ScrubResult;
import org.veil.files.Scrubber;
import org.veil.files.Verifier;

/** The whole pipeline (detect, clean, re-detect, verify, write) with stand-ins for the image and CSS families. */
class ScrubberPipelineTest {
    /** Re-encodes PNGs and strips CSS comments; its verifier looks for the planted name. */
    private static final class StandIn implements Cleaner, Verifier {
        @Override
        public Set<FileType> types() {
            return Set.of(FileType.PNG, FileType.CSS);
        }

        @Override
        public List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) {
            return List.of();
        }

        @Override
        public byte[] clean(byte[] content, FileType type, CleanContext context) throws RefusedException {
            return type == FileType.PNG ? TestContext.reencode(content, "png")
                    : new String(content, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "")
                    .getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public List<String> residue(byte[] cleaned, FileType type, CleanContext context) {
            return new String(cleaned, StandardCharsets.ISO_8859_1).contains(OdfFixtures.SECRET)
                    ? List.of("planted name") : List.of();
        }
    }

    private final Scrubber scrubber = new Scrubber(new CleanerRegistry()
            .register(new OdfCleaner(), new OdfVerifier())
            .register(new EpubCleaner(), new EpubVerifier())
            .register(new StandIn(), new StandIn()), CleanOptions.defaults(), Limits.defaults());

    @Test
    void odtAndEpubGoThroughTheWholePipeline(@TempDir Path dir) throws Exception {
        for (var file : List.of(new Object[] {"report.odt", OdfFixtures.odt(), FileType.ODT},
                new Object[] {"book.epub", EpubFixtures.epub(), FileType.EPUB})) {
            Path in = dir.resolve((String) file[0]);
            Files.write(in, (byte[]) file[1]);
            Path out = dir.resolve("clean-" + file[0]);
            ScrubResult r = scrubber.scrub(in, out);
            ScrubResult.Cleaned cleaned = assertInstanceOf(ScrubResult.Cleaned.class, r, r.toString());
            assertEquals(file[2], cleaned.type());
            assertTrue(cleaned.fieldsRemoved() > 5);
            OdfCleanerTest.assertNoPlanted(TestZip.members(Files.readAllBytes(out)), List.of(OdfFixtures.SECRET));
        }
    }

    @Test
    void refusalWritesNothing(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("macro.odt");
        Files.write(in, OdfFixtures.odtWith("Basic/Standard/Module1.xml", TestZip.utf8("<x/>")));
        Path out = dir.resolve("out.odt");
        ScrubResult r = scrubber.scrub(in, out);
        assertInstanceOf(ScrubResult.Refused.class, r);
        assertTrue(Files.notExists(out));
    }

    @Test
    void standardRegistryKnowsTheFamily() {
        CleanerRegistry standard = CleanerRegistry.standard();
        for (FileType t : List.of(FileType.ODT, FileType.ODS, FileType.ODP, FileType.ODG, FileType.EPUB)) {
            assertTrue(standard.cleaner(t).isPresent() && standard.verifier(t).isPresent(), t.toString());
        }
    }
}
