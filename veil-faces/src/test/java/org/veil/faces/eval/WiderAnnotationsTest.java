package org.veil.faces.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.faces.Box;

class WiderAnnotationsTest {

    private static List<AnnotatedImage> parse(String text) throws IOException {
        return WiderAnnotations.parse(new BufferedReader(new StringReader(text)), "gt.txt");
    }

    private static String refusal(String text) {
        return assertThrows(IOException.class, () -> parse(text)).getMessage();
    }

    @Test
    void readsWiderRecordsWithAttributes() throws IOException {
        List<AnnotatedImage> images = parse("""
                0--Parade/0_Parade_marchingband_1_465.jpg
                3
                345 211 4 4 2 0 0 0 2 0
                331 126 3 3 0 0 0 1 0 0
                250 80 30 36 0 0 0 0 1 0
                1--Handshaking/1_Handshaking_1_158.jpg
                1
                10 20 50.5 60
                """);
        assertEquals(2, images.size());
        AnnotatedImage first = images.get(0);
        assertEquals("0--Parade/0_Parade_marchingband_1_465.jpg", first.relativePath());
        assertEquals(List.of(new Box(345, 211, 4, 4), new Box(250, 80, 30, 36)), first.faces());
        assertEquals(List.of(new Box(331, 126, 3, 3)), first.ignored(), "invalid == 1 is ignored");
        assertEquals(List.of(new Box(10, 20, 50.5, 60)), images.get(1).faces(), "attributes are optional");
    }

    @Test
    void skipsTheZeroLineAfterAnImageWithoutFaces() throws IOException {
        List<AnnotatedImage> images = parse("""
                a/empty.jpg
                0
                0 0 0 0 0 0 0 0 0 0
                a/one.jpg
                1
                1 2 3 4 0 0 0 0 0 0
                """);
        assertEquals(2, images.size());
        assertTrue(images.get(0).faces().isEmpty());
        assertTrue(images.get(0).ignored().isEmpty());
        assertEquals(List.of(new Box(1, 2, 3, 4)), images.get(1).faces());
    }

    @Test
    void acceptsAnImageWithoutFacesAndWithoutTheZeroLine() throws IOException {
        List<AnnotatedImage> images = parse("a/empty.jpg\n0\na/next.jpg\n0\n");
        assertEquals(List.of("a/empty.jpg", "a/next.jpg"), images.stream().map(AnnotatedImage::relativePath).toList());
    }

    @Test
    void zeroSizedBoxesAreIgnoredBecauseNothingCanOverlapThem() throws IOException {
        AnnotatedImage image = parse("x.jpg\n2\n5 5 0 0 0 0 0 0 0 0\n5 5 10 10\n").get(0);
        assertEquals(List.of(new Box(5, 5, 10, 10)), image.faces());
        assertEquals(List.of(new Box(5, 5, 0, 0)), image.ignored());
    }

    @Test
    void toleratesAByteOrderMarkCarriageReturnsAndTrailingBlankLines() throws IOException {
        List<AnnotatedImage> images = parse("\uFEFFx.jpg\r\n1\r\n1 1 8 8\r\n\r\n\r\n");
        assertEquals("x.jpg", images.get(0).relativePath());
        assertEquals(1, images.get(0).faces().size());
    }

    @Test
    void refusesAFaceCountThatIsNotANumber() {
        assertEquals("gt.txt line 2: expected the face count of x.jpg, found 'three'", refusal("x.jpg\nthree\n"));
    }

    @Test
    void refusesAFileThatEndsBeforeItsFaceLines() {
        String m = refusal("x.jpg\n2\n1 1 5 5\n");
        assertTrue(m.startsWith("gt.txt line 4: expected face 2 of 2 for x.jpg"), m);
    }

    @Test
    void refusesAFaceLineWithTooFewNumbers() {
        String m = refusal("x.jpg\n1\n1 1 5\n");
        assertTrue(m.startsWith("gt.txt line 3: a face line needs 4 to 10 numbers"), m);
    }

    @Test
    void refusesWordsInAFaceLine() {
        String m = refusal("a.jpg\n1\n1 1 5 5\nb.jpg\n1\n1 1 five 5\n");
        assertTrue(m.startsWith("gt.txt line 6: expected a face line"), m);
    }

    @Test
    void refusesNegativeSizes() {
        assertTrue(refusal("x.jpg\n1\n1 1 -5 5\n").startsWith("gt.txt line 3: negative face size"));
    }

    @Test
    void refusesNegativeCounts() {
        assertTrue(refusal("x.jpg\n-1\n").startsWith("gt.txt line 2: negative face count"));
    }

    @Test
    void aCountTooSmallShowsUpWhereTheNextPathShouldBe() {
        String m = refusal("x.jpg\n1\n1 1 5 5\n2 2 6 6\ny.jpg\n0\n");
        assertTrue(m.startsWith("gt.txt line 4: expected an image path, found numbers '2 2 6 6'"), m);
    }

    @Test
    void aCountTooLargeShowsUpAtTheNextPath() {
        String m = refusal("x.jpg\n2\n1 1 5 5\ny.jpg\n0\n");
        assertTrue(m.startsWith("gt.txt line 4: expected a face line (x y w h …), found 'y.jpg'"), m);
    }

    @Test
    void refusesABlankLineAmongFaceLines() {
        assertTrue(refusal("x.jpg\n2\n1 1 5 5\n\n2 2 5 5\n").startsWith("gt.txt line 4: expected face 2 of 2"));
    }

    @Test
    void refusesDuplicateAbsoluteAndEscapingPaths() {
        assertEquals("gt.txt line 3: image x.jpg is listed twice", refusal("x.jpg\n0\nx.jpg\n0\n"));
        assertTrue(refusal("/etc/x.jpg\n0\n").startsWith("gt.txt line 1: image path must be relative"));
        assertTrue(refusal("C:\\x.jpg\n0\n").startsWith("gt.txt line 1: image path must be relative"));
        assertTrue(refusal("a/../../x.jpg\n0\n").startsWith("gt.txt line 1: image path must not leave"));
    }

    @Test
    void refusesAnEmptyFile() {
        assertEquals("gt.txt lists no images", refusal("\n\n"));
    }

    @Test
    void readsFromAFileAndNamesAMissingOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("wider_face_val_bbx_gt.txt");
        Files.writeString(file, "x.jpg\n1\n1 2 3 4\n");
        assertEquals(1, WiderAnnotations.read(file).size());
        String m = assertThrows(IOException.class, () -> WiderAnnotations.read(dir.resolve("nope.txt"))).getMessage();
        assertTrue(m.startsWith("no such annotation file"), m);
        Files.writeString(file, "x.jpg\nfour\n");
        m = assertThrows(IOException.class, () -> WiderAnnotations.read(file)).getMessage();
        assertEquals("wider_face_val_bbx_gt.txt line 2: expected the face count of x.jpg, found 'four'", m);
    }
}
