package org.veil.files.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.pdf.PdfAssertions.assertAbsent;
import static org.veil.files.pdf.PdfAssertions.contains;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.files.CleanContext;
import org.veil.files.CleanOptions;
import org.veil.files.CleanerRegistry;
import org.veil.files.FileType;
import org.veil.files.Limits;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.veil.files.Scrubber;

class PdfCleanerTest {
    private static byte[] dirty;
    private static byte[] cleaned;

    private final PdfCleaner cleaner = new PdfCleaner();
    private final PdfVerifier verifier = new PdfVerifier();

    @BeforeAll
    static void build() throws Exception {
        dirty = DirtyPdf.everything();
        cleaned = new PdfCleaner().clean(dirty, FileType.PDF, TestContext.standard());
    }

    @Test
    void theDirtyFixtureReallyCarriesWhatIsPlanted() throws Exception {
        assertTrue(contains(dirty, DirtyPdf.AUTHOR));
        assertTrue(contains(dirty, DirtyPdf.DELETED), "the old revision keeps the deleted text");
        assertTrue(contains(dirty, "SN-VEIL-123456"));
        assertEquals(2, PdfLoader.countEofMarkers(dirty));
        assertFalse(PdfAssertions.text(dirty).contains(DirtyPdf.DELETED), "the update removed it from the page");
    }

    @Test
    void noPlantedValueSurvivesInRawBytesOrDecodedStreams() throws Exception {
        assertAbsent(PdfAssertions.rawAndDecoded(cleaned), DirtyPdf.PLANTED);
    }

    @Test
    void visibleTextIsIdentical() throws Exception {
        String before = PdfAssertions.text(dirty);
        String after = PdfAssertions.text(cleaned);
        assertTrue(before.contains(DirtyPdf.VISIBLE));
        assertEquals(before, after);
    }

    @Test
    void writesOneRevisionThatTheVerifierPasses() throws Exception {
        assertEquals(1, PdfLoader.countEofMarkers(cleaned));
        assertEquals(1, PdfLoader.countAscii(cleaned, "startxref"));
        assertFalse(contains(cleaned, "/Prev"));
        assertEquals(List.of(), verifier.residue(cleaned, FileType.PDF, TestContext.standard()));
    }

    @Test
    void structureIsGoneButPageAndNoteStay() throws Exception {
        try (PDDocument doc = Loader.loadPDF(cleaned)) {
            COSDictionary trailer = doc.getDocument().getTrailer();
            assertNull(trailer.getDictionaryObject(COSName.INFO));
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            assertFalse(catalog.containsKey(COSName.METADATA));
            assertFalse(catalog.containsKey(COSName.OPEN_ACTION));
            COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
            assertTrue(names == null || names.keySet().isEmpty());
            PDPage page = doc.getPage(0);
            for (COSName key : List.of(COSName.THUMB, COSName.PIECE_INFO, COSName.LAST_MODIFIED, COSName.AA,
                    COSName.METADATA)) {
                assertFalse(page.getCOSObject().containsKey(key), key.getName());
            }
            List<PDAnnotation> annots = page.getAnnotations();
            assertEquals(1, annots.size(), "the note stays; its pop-up and the attachment go");
            COSDictionary note = annots.get(0).getCOSObject();
            assertEquals("Text", note.getNameAsString(COSName.SUBTYPE));
            assertEquals("Check the numbers", note.getString(COSName.CONTENTS));
            for (COSName key : List.of(COSName.T, COSName.M, COSName.CREATION_DATE, COSName.RC, COSName.POPUP)) {
                assertFalse(note.containsKey(key), key.getName());
            }
        }
    }

    @Test
    void documentIdIsFreshAndRandom() throws Exception {
        byte[] again = cleaner.clean(dirty, FileType.PDF, TestContext.standard());
        assertFalse(Arrays.equals(firstId(cleaned), firstId(again)));
        assertEquals(16, firstId(cleaned).length);
    }

    private static byte[] firstId(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            return ((org.apache.pdfbox.cos.COSString) id.getObject(0)).getBytes();
        }
    }

    @Test
    void embeddedJpegLosesExifButKeepsItsPixels() throws Exception {
        byte[] jpeg = onlyImage(cleaned);
        Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
        assertNull(m.getFirstDirectoryOfType(GpsDirectory.class));
        assertNull(m.getFirstDirectoryOfType(ExifIFD0Directory.class));
        assertEquals(List.of(), JpegSegmentCheck.residue(jpeg));
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(DirtyPdf.photo()));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertArrayEquals(before.getRGB(0, 0, before.getWidth(), before.getHeight(), null, 0, before.getWidth()),
                after.getRGB(0, 0, after.getWidth(), after.getHeight(), null, 0, after.getWidth()));
    }

    /** The raw bytes of the page's single image XObject, checked to be a plain DCTDecode stream. */
    private static byte[] onlyImage(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources res = doc.getPage(0).getResources();
            COSName name = res.getXObjectNames().iterator().next();
            PDImageXObject image = (PDImageXObject) res.getXObject(name);
            COSStream stream = image.getCOSObject();
            assertEquals(COSName.DCT_DECODE, stream.getFilters());
            try (InputStream in = stream.createRawInputStream()) {
                return in.readAllBytes();
            }
        }
    }

    @Test
    void aJpegTheImageCleanerRefusesMakesThePdfRefused() {
        CleanContext failing = new CleanContext() {
            public CleanOptions options() { return CleanOptions.defaults(); }
            public Limits limits() { return Limits.defaults(); }
            public int depth() { return 0; }
            public FileType detect(byte[] c, String n) { return FileType.JPEG; }
            public byte[] cleanEmbedded(byte[] c, String n) throws RefusedException {
                throw new RefusedException("bad JPEG");
            }
        };
        RefusedException e = assertThrows(RefusedException.class,
                () -> cleaner.clean(DirtyPdf.simple(true), FileType.PDF, failing));
        assertTrue(e.getMessage().contains("bad JPEG"), e.getMessage());
    }

    @Test
    void encryptedPdfsAreRefusedEvenWithAnEmptyUserPassword() throws Exception {
        for (String password : List.of("", "user-pw")) {
            byte[] locked = DirtyPdf.encrypted(password);
            RefusedException e = assertThrows(RefusedException.class,
                    () -> cleaner.clean(locked, FileType.PDF, TestContext.standard()));
            assertEquals("the PDF is encrypted; remove the password first", e.getMessage());
            assertThrows(RefusedException.class, () -> cleaner.inspect(locked, FileType.PDF, TestContext.standard()));
        }
    }

    @Test
    void truncatedPdfsAreRefused() throws Exception {
        byte[] whole = DirtyPdf.simple(true);
        for (int length : new int[] {whole.length / 2, whole.length - 8, 200}) {
            byte[] cut = Arrays.copyOf(whole, length);
            RefusedException e = assertThrows(RefusedException.class,
                    () -> cleaner.clean(cut, FileType.PDF, TestContext.standard()));
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    @Test
    void garbageWithAPdfHeaderIsRefused() {
        byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertThrows(RefusedException.class, () -> cleaner.clean(junk, FileType.PDF, TestContext.standard()));
    }

    @Test
    void paranoidModeLeavesOnlyOnePicturePerPage() throws Exception {
        byte[] pictures = cleaner.clean(dirty, FileType.PDF, TestContext.paranoid());
        assertAbsent(PdfAssertions.rawAndDecoded(pictures), DirtyPdf.PLANTED);
        assertAbsent(PdfAssertions.rawAndDecoded(pictures), DirtyPdf.VISIBLE);
        assertEquals(List.of(), verifier.residue(pictures, FileType.PDF, TestContext.paranoid()));
        try (PDDocument doc = Loader.loadPDF(pictures)) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(595, page.getMediaBox().getWidth(), 1);
            PDResources res = page.getResources();
            assertFalse(res.getFontNames().iterator().hasNext(), "no fonts");
            List<COSName> xobjects = new java.util.ArrayList<>();
            res.getXObjectNames().forEach(xobjects::add);
            assertEquals(1, xobjects.size());
            assertInstanceOf(PDImageXObject.class, res.getXObject(xobjects.get(0)));
            assertTrue(page.getAnnotations().isEmpty());
        }
        assertEquals("", PdfAssertions.text(pictures).strip());
    }

    @Test
    void paranoidModeRefusesAPageTooLargeToRender() {
        CleanContext tiny = new TestContext(TestContext.paranoid().options(),
                new Limits(1 << 20, 10_000, 10, 1 << 20, 100, 4));
        RefusedException e = assertThrows(RefusedException.class,
                () -> cleaner.clean(DirtyPdf.simple(false), FileType.PDF, tiny));
        assertTrue(e.getMessage().contains("megapixels"), e.getMessage());
    }

    @Test
    void inspectListsWhatIsThere() throws Exception {
        List<MetadataItem> items = cleaner.inspect(dirty, FileType.PDF, TestContext.standard());
        assertHas(items, MetadataGroup.PEOPLE, "Info Author", DirtyPdf.AUTHOR);
        assertHas(items, MetadataGroup.SOFTWARE, "Info Producer", "SecretProducer 4.2");
        assertHas(items, MetadataGroup.TIME, "Info CreationDate", "D:2019");
        assertHas(items, MetadataGroup.DESCRIPTION, "Info Department", "planted department");
        assertHas(items, MetadataGroup.PEOPLE, "XMP dc:creator", DirtyPdf.AUTHOR);
        assertHas(items, MetadataGroup.OTHER, "document ID", "");
        assertHas(items, MetadataGroup.HISTORY, "incremental updates", "1 earlier revisions kept");
        assertHas(items, MetadataGroup.EMBEDDED, "embedded file", "secret-notes.txt");
        assertHas(items, MetadataGroup.EMBEDDED, "JavaScript", "");
        assertHas(items, MetadataGroup.PEOPLE, "Text annotation author", DirtyPdf.AUTHOR);
        assertHas(items, MetadataGroup.HISTORY, "page thumbnails", "1");
        assertHas(items, MetadataGroup.LOCATION, "JPEG image 1 GPS", "55.75");
        assertHas(items, MetadataGroup.DEVICE, "JPEG image 1 EXIF", "VeilCam");
        assertEquals(List.of(), cleaner.inspect(cleaned, FileType.PDF, TestContext.standard()).stream()
                .filter(i -> i.group() != MetadataGroup.OTHER).toList(), "only the fresh random ID is left");
    }

    private static void assertHas(List<MetadataItem> items, MetadataGroup group, String name, String value) {
        assertTrue(items.stream().anyMatch(i -> i.group() == group && i.name().equals(name)
                && i.value().contains(value)), group + " " + name + " " + value + " in " + items);
    }

    @Test
    void theVerifierFindsWhatTheDirtyFileCarries() throws Exception {
        String residue = String.join("\n", verifier.residue(dirty, FileType.PDF, TestContext.standard()));
        for (String expected : List.of("%%EOF", "/Prev", "document information /Author", "/Metadata",
                "/EmbeddedFiles", "/JavaScript", "/OpenAction JavaScript", "/AA", "/Thumb", "/PieceInfo",
                "/LastModified", "annotation author /T", "/FileAttachment", "/Popup", "APP1 segment (EXIF)",
                "JPEG comment")) {
            assertTrue(residue.contains(expected), expected + " not in:\n" + residue);
        }
    }

    @Test
    void theWholePipelineCleansAndVerifies() throws Exception {
        CleanerRegistry registry = new CleanerRegistry()
                .register(new PdfCleaner(), new PdfVerifier())
                .register(new TestJpegFamily(), new TestJpegFamily());
        byte[] out = new Scrubber(registry, CleanOptions.defaults(), Limits.defaults()).clean(dirty, "report.pdf");
        assertAbsent(PdfAssertions.rawAndDecoded(out), DirtyPdf.PLANTED);
        assertEquals(PdfAssertions.text(dirty), PdfAssertions.text(out));
    }

    @Test
    void theStandardRegistryKnowsPdf() {
        assertInstanceOf(PdfCleaner.class, CleanerRegistry.standard().cleaner(FileType.PDF).orElseThrow());
        assertInstanceOf(PdfVerifier.class, CleanerRegistry.standard().verifier(FileType.PDF).orElseThrow());
    }
}
