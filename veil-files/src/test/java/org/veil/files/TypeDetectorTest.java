package org.veil.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.files.archive.ZipMember;
import org.veil.files.archive.ZipWriter;

class TypeDetectorTest {
    private final TypeDetector detector = new TypeDetector(Limits.defaults());

    /** A file's name and its first bytes: just enough for the magic. */
    private record Sample(String name, byte[] content) {
    }

    private static byte[] bytes(Object... parts) {
        List<Byte> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof String s) {
                for (byte b : s.getBytes(StandardCharsets.ISO_8859_1)) {
                    out.add(b);
                }
            } else if (p instanceof Integer i) {
                out.add((byte) i.intValue());
            } else {
                for (byte b : (byte[]) p) {
                    out.add(b);
                }
            }
        }
        byte[] a = new byte[out.size() + 32]; // padding: detection never needs a whole file
        for (int i = 0; i < out.size(); i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(String... nameThenContent) {
        List<ZipMember> members = new ArrayList<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            members.add(new ZipMember(nameThenContent[i], text(nameThenContent[i + 1])));
        }
        return ZipWriter.write(members);
    }

    private static byte[] ftyp(String brand) {
        return bytes(0, 0, 0, 24, "ftyp", brand, 0, 0, 0, 0, brand, "isom");
    }

    private static byte[] bmp() {
        byte[] b = bytes("BM", 58, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 24, 0);
        return Arrays.copyOf(b, 58);
    }

    private static Map<FileType, Sample> samples() {
        Map<FileType, Sample> s = new EnumMap<>(FileType.class);
        s.put(FileType.JPEG, new Sample("a.jpg", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, "JFIF", 0)));
        s.put(FileType.PNG, new Sample("a.png", bytes(0x89, "PNG", 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, "IHDR")));
        s.put(FileType.TIFF, new Sample("a.tif", bytes("II", 42, 0, 8, 0, 0, 0)));
        s.put(FileType.WEBP, new Sample("a.webp", bytes("RIFF", 100, 0, 0, 0, "WEBPVP8 ")));
        s.put(FileType.GIF, new Sample("a.gif", bytes("GIF89a", 1, 0, 1, 0)));
        s.put(FileType.BMP, new Sample("a.bmp", bmp()));
        s.put(FileType.HEIF, new Sample("a.heic", ftyp("heic")));
        s.put(FileType.JXL, new Sample("a.jxl", bytes(0, 0, 0, 12, "JXL ", 0x0D, 0x0A, 0x87, 0x0A)));
        s.put(FileType.SVG, new Sample("a.svg", text("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>")));
        s.put(FileType.PDF, new Sample("a.pdf", bytes("%PDF-1.7\n%\u00e2\u00e3\n")));
        s.put(FileType.DOCX, new Sample("a.docx", zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>")));
        s.put(FileType.XLSX, new Sample("a.xlsx", zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<x/>")));
        s.put(FileType.PPTX, new Sample("a.pptx", zip("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>")));
        for (FileType odf : List.of(FileType.ODT, FileType.ODS, FileType.ODP, FileType.ODG, FileType.ODF,
                FileType.EPUB)) {
            s.put(odf, new Sample("a." + odf.extension(), zip("mimetype", odf.mime(), "content.xml", "<c/>")));
        }
        s.put(FileType.MP3, new Sample("a.mp3", bytes("ID3", 4, 0, 0, 0, 0, 0, 0)));
        s.put(FileType.FLAC, new Sample("a.flac", bytes("fLaC", 0, 0, 0, 34)));
        s.put(FileType.OGG, new Sample("a.ogg", bytes("OggS", 0, 2)));
        s.put(FileType.WAV, new Sample("a.wav", bytes("RIFF", 100, 0, 0, 0, "WAVEfmt ")));
        s.put(FileType.AIFF, new Sample("a.aiff", bytes("FORM", 0, 0, 0, 100, "AIFFCOMM")));
        s.put(FileType.MP4, new Sample("a.mp4", ftyp("isom")));
        s.put(FileType.MOV, new Sample("a.mov", ftyp("qt  ")));
        s.put(FileType.M4A, new Sample("a.m4a", ftyp("M4A ")));
        s.put(FileType.AVI, new Sample("a.avi", bytes("RIFF", 100, 0, 0, 0, "AVI LIST")));
        s.put(FileType.ASF, new Sample("a.wmv", bytes(0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11, 0xA6, 0xD9, 0x00,
                0xAA, 0x00, 0x62, 0xCE, 0x6C, 30, 0, 0, 0, 0, 0, 0, 0)));
        s.put(FileType.ZIP, new Sample("a.zip", zip("notes.txt", "hello")));
        s.put(FileType.TORRENT, new Sample("a.torrent", TestTorrent.dirty()));
        s.put(FileType.HTML, new Sample("a.html", text("<!DOCTYPE html>\n<html><body>hi</body></html>")));
        s.put(FileType.CSS, new Sample("a.css", text("body { color: red }\n")));
        s.put(FileType.TEXT, new Sample("a.txt", text("just some words\n")));
        s.put(FileType.NETPBM, new Sample("a.ppm", text("P3\n# made by Ivan Petrov\n1 1\n255\n1 2 3\n")));
        return s;
    }

    @Test
    void everyTypeIsRecognisedByItsContentWithOrWithoutItsName() throws Exception {
        Map<FileType, Sample> samples = samples();
        assertEquals(EnumSet.allOf(FileType.class), samples.keySet(), "a sample for every type");
        for (Map.Entry<FileType, Sample> e : samples.entrySet()) {
            Sample s = e.getValue();
            assertEquals(e.getKey(), detector.detect(s.content(), s.name()), s.name());
            assertEquals(e.getKey(), detector.detect(s.content(), s.name().toUpperCase()), s.name());
            if (!EnumSet.of(FileType.CSS, FileType.TEXT).contains(e.getKey())) {
                // CSS cannot be told from plain text without its name; everything else can.
                assertEquals(e.getKey(), detector.detect(s.content(), "no-extension"), s.name());
            }
        }
    }

    @Test
    void netpbmIsNotPlainTextInAnyOfItsForms() throws Exception {
        for (String magic : new String[] {"P1\n2 1\n0 1\n", "P2 2 1 9 1 2\n", "P3\n#c\n1 1 255\n1 2 3\n",
                "P4\n8 1\n\u0001", "P5 1 1 255\n\u0010", "P6\n1 1\n255\n\u0001\u0002\u0003",
                "P7\nWIDTH 1\nHEIGHT 1\nDEPTH 1\nMAXVAL 255\nENDHDR\n\u0001"}) {
            byte[] c = magic.getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(FileType.NETPBM, detector.detect(c, "no-extension"), magic);
            assertEquals(FileType.NETPBM, detector.detect(c, "image.pnm"), magic);
            RefusedException e = assertThrows(RefusedException.class, () -> detector.detect(c, "notes.txt"));
            assertTrue(e.getMessage().contains("name says"), e.getMessage());
        }
        // Notes that merely start with "P1" are still text.
        assertEquals(FileType.TEXT, detector.detect(text("P1 fix the login bug\nP2 later\n"), "todo.txt"));
    }

    @Test
    void textBasedFormatsWithIdentifyingContentAreRefusedNamingTheFormat() {
        String[][] cases = {
            {"%!PS-Adobe-3.0 EPSF-3.0\n%%Creator: Ivan Petrov\n", "PostScript/EPS"},
            {"\u00C5\u00D0\u00D3\u00C6\u0020\u0000\u0000\u0000", "PostScript/EPS"},
            {"{\\rtf1\\ansi{\\info{\\author Ivan Petrov}}}", "RTF"},
            {"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ivan Petrov\r\nEND:VCARD\r\n", "vCard"},
            {"begin:vcalendar\nBEGIN:VEVENT\nORGANIZER:mailto:ivan@example.org\n", "iCalendar"},
            {"Return-Path: <ivan@example.org>\nReceived: from mx.example.org\nSubject: hi\n\nBody", "e-mail"},
            {"From ivan@example.org Mon Mar  4 10:11:12 2024\nSubject: hi\n\nBody\n", "e-mail"},
            {"From: Ivan Petrov <ivan@example.org>\nTo: olga@example.org\nSubject: Hi\n\nBody\n", "e-mail"},
            {"<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"><wpt lat=\"55.75\" lon=\"37.61\"/></gpx>", "GPX"},
            {"<?xml version=\"1.0\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark/></kml>", "KML"},
            {"/* XPM */\nstatic char *ivan[] = {\n\"1 1 1 1\",\n\"a c #FF0000\",\n\"a\"};\n", "XPM"},
            {"#define ivan_width 8\n#define ivan_height 1\nstatic char ivan_bits[] = {0x01};\n", "XBM"},
        };
        for (String[] c : cases) {
            byte[] content = c[0].getBytes(StandardCharsets.ISO_8859_1);
            for (String name : new String[] {"file.txt", "no-extension"}) {
                RefusedException e = assertThrows(RefusedException.class, () -> detector.detect(content, name), c[0]);
                assertTrue(e.getMessage().contains(c[1]) && e.getMessage().contains("does not clean it"),
                        e.getMessage());
            }
        }
    }

    @Test
    void aNameClaimingAnUncleanedFormatIsRefusedEvenIfTheContentLooksPlain() {
        for (String name : new String[] {"card.vcf", "mail.eml", "track.gpx", "doc.rtf", "fig.eps"}) {
            assertThrows(RefusedException.class, () -> detector.detect(text("just some words\n"), name), name);
        }
    }

    @Test
    void keyValueNotesAreStillPlainText() throws Exception {
        assertEquals(FileType.TEXT, detector.detect(text("Title: notes\nAuthor: me\n\nText.\n"), "notes.txt"));
        assertEquals(FileType.TEXT, detector.detect(text("From the start it was clear.\n"), "story.txt"));
    }

    @Test
    void aNameThatContradictsTheContentIsRefused() {
        Map<FileType, Sample> s = samples();
        for (String[] c : new String[][] {{"PNG", "photo.jpg"}, {"JPEG", "notes.txt"}, {"ZIP", "report.docx"},
                {"PDF", "scan.png"}, {"HTML", "style.css"}, {"DOCX", "sheet.xlsx"}, {"MP3", "song.flac"}}) {
            byte[] content = s.get(FileType.valueOf(c[0])).content();
            RefusedException e = assertThrows(RefusedException.class, () -> detector.detect(content, c[1]),
                    c[0] + " as " + c[1]);
            assertTrue(e.getMessage().contains("name says"), e.getMessage());
        }
    }

    @Test
    void mp4AndM4aNamesAreInterchangeable() throws Exception {
        assertEquals(FileType.MP4, detector.detect(samples().get(FileType.MP4).content(), "a.m4a"));
        assertEquals(FileType.M4A, detector.detect(samples().get(FileType.M4A).content(), "a.mp4"));
    }

    @Test
    void unknownContentIsRefused() {
        byte[] binary = {0x00, 0x01, (byte) 0xFE, (byte) 0x80, 0x13, 0x37, 0x00, 0x42};
        assertThrows(RefusedException.class, () -> detector.detect(binary, "blob.bin"));
        assertThrows(RefusedException.class, () -> detector.detect(binary, "blob"));
        RefusedException e = assertThrows(RefusedException.class, () -> detector.detect(binary, "photo.png"));
        assertTrue(e.getMessage().contains(".png"), e.getMessage());
        assertThrows(RefusedException.class, () -> detector.detect(bytes("RIFF", 0, 0, 0, 0, "CDXALIST"), "a.dat"));
        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9};
        assertThrows(RefusedException.class, () -> detector.detect(latin1, "notes.txt"));
    }

    @Test
    void emptyContentIsRefused() {
        RefusedException e = assertThrows(RefusedException.class, () -> detector.detect(new byte[0], "a.txt"));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void svgNamedAsTextAndTextNamedAsSvgAreRefused() {
        assertThrows(RefusedException.class, () -> detector.detect(samples().get(FileType.SVG).content(), "a.txt"));
        assertThrows(RefusedException.class, () -> detector.detect(text("not a drawing"), "a.svg"));
        assertThrows(RefusedException.class, () -> detector.detect(text("not markup"), "a.html"));
    }

    @Test
    void anHtmlPageWithInlineSvgIsHtmlAndAnSvgWithXhtmlInsideIsSvg() throws Exception {
        byte[] page = text("<!DOCTYPE html>\n<html><body><svg width=\"10\" height=\"10\"><circle r=\"4\"/></svg>"
                + "</body></html>");
        assertEquals(FileType.HTML, detector.detect(page, "page.html"));
        assertEquals(FileType.HTML, detector.detect(page, "page"));
        byte[] xhtml = text("<?xml version=\"1.0\"?>\n<!-- page -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><svg xmlns=\"http://www.w3.org/2000/svg\"/></body></html>");
        assertEquals(FileType.HTML, detector.detect(xhtml, "page.xhtml"));
        byte[] drawing = text("<?xml version=\"1.0\"?>\n<!-- <html> in a comment -->\n<svg:svg "
                + "xmlns:svg=\"http://www.w3.org/2000/svg\"><svg:foreignObject><html xmlns=\"http://www.w3.org/1999/xhtml\"/>"
                + "</svg:foreignObject></svg:svg>");
        assertEquals(FileType.SVG, detector.detect(drawing, "drawing.svg"));
    }

    @Test
    void flacBehindAnId3TagIsFlacAndAnMp3BehindOneIsMp3() throws Exception {
        byte[] flac = bytes("ID3", 4, 0, 0, 0, 0, 0, 4, "abcd", "fLaC", 0, 0, 0, 34, new byte[34]);
        assertEquals(FileType.FLAC, detector.detect(flac, "tagged.flac"));
        byte[] mp3 = bytes("ID3", 4, 0, 0, 0, 0, 0, 4, "abcd", 0xFF, 0xFB, 0x90, 0x64, new byte[40]);
        assertEquals(FileType.MP3, detector.detect(mp3, "tagged.mp3"));
    }

    @Test
    void encryptedOfficeFilesAreRefusedByName() {
        byte[] ole2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, new byte[504]);
        RefusedException e = assertThrows(RefusedException.class, () -> detector.detect(ole2, "secret.docx"));
        assertTrue(e.getMessage().contains("password-protected Office document"), e.getMessage());
    }
}
