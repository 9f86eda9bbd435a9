package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentCliTest {
    @TempDir
    Path dir;

    /** A minimal Word document, zipped by hand: one paragraph with the name split over two runs. */
    static byte[] docx(String before, String first, String second, String after) throws Exception {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        String[][] members = {
            {"[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
            {"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/"
                    + "document.xml\"/></Relationships>"},
            {"word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + w + "\">"
                    + "<w:body><w:p><w:r><w:t xml:space=\"preserve\">" + before + "</w:t></w:r><w:r><w:rPr><w:b/>"
                    + "</w:rPr><w:t>" + first + "</w:t></w:r><w:r><w:t xml:space=\"preserve\">" + second
                    + "</w:t></w:r><w:r><w:t xml:space=\"preserve\">" + after + "</w:t></w:r></w:p></w:body>"
                    + "</w:document>"},
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String[] m : members) {
                z.putNextEntry(new ZipEntry(m[0]));
                z.write(m[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(z.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    @Test
    void anonymizesInsideADocxAndWritesADocx() throws Exception {
        byte[] original = docx("Dmitri ", "Soko", "lov", " lives in Kazan and works at the market.");
        Path in = Files.write(dir.resolve("x.docx"), original);
        Path out = dir.resolve("y.docx");
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(original, Files.readAllBytes(in), "the original is untouched");
        String xml = documentXml(Files.readAllBytes(out));
        assertFalse(xml.contains("Soko") || xml.contains("lov<") || xml.contains("Dmitri"), xml);
        assertTrue(xml.contains("<w:b/>") && xml.contains("works at the market."), xml);
        assertFalse(r.err().contains("Sokolov"), r.err());

        CliTest.Run again = CliTest.run("text", "anonymize", in.toString(), "-o", out.toString());
        assertEquals(1, again.code(), "an existing output is not overwritten without --force: " + again.err());
    }

    @Test
    void aDocxCannotGoToStandardOutput() throws Exception {
        Path in = Files.write(dir.resolve("x.docx"), docx("Dmitri ", "Soko", "lov", " lives in Kazan."));
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("binary"), r.err());
    }

    @Test
    void detectReadsTheDocumentsText() throws Exception {
        Path in = Files.write(dir.resolve("x.docx"), docx("Dmitri ", "Soko", "lov", " lives in Kazan."));
        CliTest.Run r = CliTest.run("text", "detect", in.toString(), "--format", "table");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Dmitri Sokolov"), r.out());
    }

    @Test
    void aTruncatedDocxIsRefusedAndNothingIsWritten() throws Exception {
        byte[] whole = docx("Dmitri ", "Soko", "lov", " lives in Kazan.");
        Path in = Files.write(dir.resolve("x.docx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Path out = dir.resolve("y.docx");
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        assertFalse(Files.exists(out));
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aFolderWithDocumentsAndTextsIsAnonymizedFileByFile() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("a.docx"), docx("Dmitri ", "Soko", "lov", " lives in Kazan."));
        Files.writeString(in.resolve("b.txt"), "Dmitri Sokolov lives in Kazan.\n");
        Files.write(in.resolve("c.docx"), java.util.Arrays.copyOf(docx("Dmitri ", "Soko", "lov", "."), 100));
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "-o", out.toString());
        assertEquals(ScrubCommand.SOME_REFUSED, r.code(), r.err());
        assertTrue(r.err().contains("c.docx"), "the truncated document is reported: " + r.err());
        assertFalse(Files.exists(out.resolve("in/c.docx")));
        assertTrue(Files.exists(out.resolve("in/a.docx")), r.err() + " / " + java.util.Arrays.toString(out.toFile().list()));
        String xml = documentXml(Files.readAllBytes(out.resolve("in/a.docx")));
        assertFalse(xml.contains("Soko") || xml.contains("Dmitri"), xml);
        assertTrue(xml.contains("[PERSON A]"), "one stand-in across the run: " + xml);
        assertEquals("[PERSON A] lives in [PLACE 1].\n", Files.readString(out.resolve("in/b.txt")));
    }

    @Test
    void anHtmlPageGoesToStandardOutputWithItsMarkupKept() throws Exception {
        Path in = Files.writeString(dir.resolve("page.html"), "<html><body><h1 class=\"t\">Interview</h1>"
                + "<p>Dmitri <b>Sokolov</b> lives in Kazan.</p></body></html>\n");
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("<html><body><h1 class=\"t\">Interview</h1><p>[PERSON A]<b></b> lives in "),
                r.out());
        assertFalse(r.out().contains("Sokolov"), r.out());
    }
}
