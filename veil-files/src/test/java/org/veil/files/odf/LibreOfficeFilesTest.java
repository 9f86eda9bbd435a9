package org.veil.files.odf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.veil.files.Cleaner;
import org.veil.files.FileType;
import org.veil.files.Verifier;

/** Real packages as LibreOffice writes them (see resources/odf/README.md), not only hand-built ones. */
class LibreOfficeFilesTest {
    private static final List<String> PLANTED = List.of(OdfFixtures.SECRET, "Source Alpha-Secret", "SourceName",
            "planted comment", "LibreOffice/7", "libepubgen");

    static byte[] resource(String name) throws IOException {
        try (InputStream in = LibreOfficeFilesTest.class.getResourceAsStream("/odf/" + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"libreoffice.odt", "libreoffice.ods", "libreoffice.odp", "libreoffice.odg",
            "libreoffice.epub"})
    void cleansAndPassesVerification(String name) throws Exception {
        byte[] in = resource(name);
        TestContext ctx = new TestContext();
        FileType type = ctx.detect(in, name);
        boolean epub = type == FileType.EPUB;
        Cleaner cleaner = epub ? new EpubCleaner() : new OdfCleaner();
        Verifier verifier = epub ? new EpubVerifier() : new OdfVerifier();
        assertFalse(verifier.residue(in, type, ctx).isEmpty(), "the original is dirty");
        assertTrue(cleaner.inspect(in, type, ctx).size() >= 5);
        byte[] out = cleaner.clean(in, type, ctx);
        assertEquals(List.of(), verifier.residue(out, type, ctx));
        Map<String, byte[]> members = TestZip.members(out);
        OdfCleanerTest.assertNoPlanted(members, PLANTED);
        if (!epub) {
            OdfCleanerTest.assertNoPlanted(members, List.of("Secret Title", "deleted secret text", "Thumbnails"));
            assertFalse(members.keySet().stream().anyMatch(n -> n.startsWith("Thumbnails") || n.startsWith("Config")));
        }
        assertEquals(type, ctx.detect(out, "cleaned." + type.extension()));
    }

    @Test
    void writerTextSurvivesWithChangesAccepted() throws Exception {
        byte[] out = new OdfCleaner().clean(resource("libreoffice.odt"), FileType.ODT, new TestContext());
        List<String> paragraphs = OdfCleanerTest.paragraphs(TestZip.members(out).get("content.xml"));
        assertEquals(List.of("Visible start. inserted text and the end.", "Second paragraph with a note.", ""),
                paragraphs);
    }
}
