package org.veil.files.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.markup.TestPipeline.clean;
import static org.veil.files.markup.TestPipeline.resource;
import static org.veil.files.markup.TestPipeline.utf8;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.veil.files.FileType;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgCleaningTest {
    private static final byte[] INKSCAPE = resource("markup/inkscape.svg");

    @Test
    void plantedMetadataIsGoneAfterCleaning() throws Exception {
        String out = utf8(clean(INKSCAPE, "drawing.svg"));
        for (String planted : List.of("Ivan Petrov-Secret", "/home/ivan", "planted", "secret.svg", "inkscape",
                "sodipodi", "rdf", "purl.org/dc", "creativecommons", "2023-04-05", "onclick", "tracker.example",
                "<script", "<metadata", "<!--", "Created with")) {
            assertFalse(out.contains(planted), () -> "'" + planted + "' survived:\n" + out);
        }
    }

    @Test
    void theDrawingSurvives() throws Exception {
        byte[] cleaned = clean(INKSCAPE, "drawing.svg");
        Document doc = parse(cleaned);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("0 0 210 297", root.getAttribute("viewBox"));
        assertEquals("210mm", root.getAttribute("width"));
        Element rect = (Element) doc.getElementsByTagName("rect").item(0);
        assertEquals("10", rect.getAttribute("x"));
        assertEquals("40", rect.getAttribute("height"));
        assertEquals("accent", rect.getAttribute("class"));
        assertEquals("stroke:#000;stroke-width:2", rect.getAttribute("style"));
        assertEquals("Meet at Gate 4 at noon", doc.getElementsByTagName("text").item(0).getTextContent());
        assertEquals(0, doc.getElementsByTagName("title").getLength(), "the title is the document's name");
        assertEquals(".accent { fill: #c00; }", doc.getElementsByTagName("style").item(0).getTextContent());
        assertEquals(2, doc.getElementsByTagName("image").getLength());
        assertEquals("https://example.org/route",
                ((Element) doc.getElementsByTagName("a").item(0)).getAttribute("href"));
        assertEquals(1, doc.getElementsByTagName("circle").getLength());
        assertFalse(((Element) doc.getElementsByTagName("g").item(0)).hasAttribute("id"), "an unreferenced id");
    }

    private static final String REFERENCES = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" id="svg8"             viewBox="0 0 10 10" aria-labelledby="label3">
              <title id="title2">Ivan Petrov's flat plan</title>
              <desc>GPS 55.75 37.61, drawn by Ivan Petrov</desc>
              <style>#shape7 { stroke: #fff }</style>
              <defs>
                <linearGradient id="grad1"><stop offset="0" stop-color="red"/></linearGradient>
                <linearGradient id="grad2" xlink:href="#grad1"/>
                <clipPath id="clip3"><rect width="5" height="5"/></clipPath>
                <path id="shape7" d="M0 0L5 5"/>
              </defs>
              <rect id="rect1234" width="5" height="5" fill="url(#grad2)" clip-path="url('#clip3')"/>
              <use href="#shape7" id="use99"/>
              <circle id="dot5" r="1" style="fill:url(#grad1)"/>
              <animate id="anim4" begin="dot5.click" attributeName="r" to="2"/>
              <text id="label3">Plan</text>
              <view id="overview" viewBox="0 0 5 5"/>
              <g id="IvanPetrovLayer"><path id="path1234" d="M1 1h1"/></g>
            </svg>
            """;

    @Test
    void titleDescAndUnreferencedIdsGoReferencedIdsStay() throws Exception {
        String out = utf8(clean(REFERENCES.getBytes(java.nio.charset.StandardCharsets.UTF_8), "plan.svg"));
        for (String gone : List.of("Ivan Petrov", "GPS 55.75", "<title", "<desc", "path1234", "rect1234", "svg8",
                "use99", "anim4", "IvanPetrovLayer", "title2")) {
            assertFalse(out.contains(gone), () -> "'" + gone + "' survived:\n" + out);
        }
        for (String kept : List.of("id=\"grad1\"", "id=\"grad2\"", "id=\"clip3\"", "id=\"shape7\"",
                "id=\"dot5\"", "id=\"label3\"", "id=\"overview\"", "url(#grad2)", "href=\"#shape7\"")) {
            assertTrue(out.contains(kept), () -> "'" + kept + "' is missing:\n" + out);
        }
        MarkupVerifier verifier = new MarkupVerifier();
        String before = String.join("\n", verifier.residue(REFERENCES.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                FileType.SVG, TestPipeline.context()));
        for (String expected : List.of("element <title>", "element <desc>", "id \"path1234\"", "id \"svg8\"")) {
            assertTrue(before.contains(expected), () -> "missing '" + expected + "' in\n" + before);
        }
        assertFalse(before.contains("grad1") || before.contains("shape7") || before.contains("dot5"), before);
    }

    @Test
    void verifierSeesTheOriginalMetadataAndNothingAfterCleaning() throws Exception {
        MarkupVerifier verifier = new MarkupVerifier();
        List<String> before = verifier.residue(INKSCAPE, FileType.SVG, TestPipeline.context());
        String all = String.join("\n", before);
        for (String expected : List.of("comment", "element <metadata>", "element <sodipodi:namedview>",
                "attribute sodipodi:docname", "attribute onclick", "element <script>", "processing instruction",
                "local file", "namespace http://www.inkscape.org/namespaces/inkscape")) {
            assertTrue(all.contains(expected), () -> "missing '" + expected + "' in\n" + all);
        }
        assertEquals(List.of(), verifier.residue(clean(INKSCAPE, "x.svg"), FileType.SVG, TestPipeline.context()));
    }

    @Test
    void inspectListsTheFieldsByGroup() throws Exception {
        List<MetadataItem> items = new MarkupCleaner().inspect(INKSCAPE, FileType.SVG, TestPipeline.context());
        assertTrue(items.contains(new MetadataItem(MetadataGroup.PEOPLE, "dc:title", "Ivan Petrov-Secret"))
                || items.stream().anyMatch(i -> i.group() == MetadataGroup.PEOPLE
                && i.value().contains("Ivan Petrov-Secret")), items::toString);
        assertTrue(items.contains(new MetadataItem(MetadataGroup.SOFTWARE, "inkscape:version",
                "1.2.2 (b0a8486541, 2022-12-01)")), items::toString);
        assertTrue(items.contains(new MetadataItem(MetadataGroup.OTHER, "sodipodi:docname",
                "/home/ivan/secret.svg")), items::toString);
        assertTrue(items.contains(new MetadataItem(MetadataGroup.TIME, "dc:date", "2023-04-05")), items::toString);
        assertTrue(items.stream().anyMatch(i -> i.group() == MetadataGroup.DESCRIPTION
                && i.value().contains("planted comment")), items::toString);
        assertTrue(items.stream().anyMatch(i -> i.group() == MetadataGroup.EMBEDDED
                && i.name().equals("script")), items::toString);
        assertTrue(items.stream().anyMatch(i -> i.value().contains("Ivan Petrov-Secret")
                && i.name().equals("CSS comment")), items::toString);
    }

    @Test
    void theStandardDoctypeIsAcceptedButDropped() throws Exception {
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"><rect width=\"2\" height=\"2\"/></svg>";
        String out = utf8(clean(utf8(svg), "a.svg"));
        assertFalse(out.contains("DOCTYPE"), out);
        assertTrue(out.contains("<rect height=\"2\" width=\"2\"/>") || out.contains("<rect width=\"2\" height=\"2\"/>"),
                out);
    }

    @Test
    void embeddedSvgInADataUriIsCleanedToo() throws Exception {
        String inner = "<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- planted comment --><circle r=\"1\"/></svg>";
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<image xlink:href=\"data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(utf8(inner)) + "\"/></svg>";
        Document doc = parse(clean(utf8(svg), "outer.svg"));
        String href = ((Element) doc.getElementsByTagName("image").item(0))
                .getAttributeNS("http://www.w3.org/1999/xlink", "href");
        assertTrue(href.startsWith("data:image/svg+xml;base64,"), href);
        String decoded = utf8(Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1)));
        assertFalse(decoded.contains("planted"), decoded);
        assertTrue(decoded.contains("<circle r=\"1\"/>"), decoded);
    }

    @Test
    void anEmbeddedImageThatCannotBeCleanedRefusesTheDrawing() {
        String jpeg = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"data:image/jpeg;base64," + jpeg
                + "\"/></svg>";
        RefusedException e = assertThrows(RefusedException.class, () -> clean(utf8(svg), "a.svg"));
        assertTrue(e.getMessage().contains("JPEG"), e.getMessage());
    }

    @Test
    void percentEncodedImagesAndBadBase64AreRefused() {
        String encoded = "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"data:image/svg+xml,%3Csvg%3E\"/></svg>";
        assertThrows(RefusedException.class, () -> clean(utf8(encoded), "a.svg"));
        String bad = "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"data:image/png;base64,A===\"/></svg>";
        assertThrows(RefusedException.class, () -> clean(utf8(bad), "b.svg"));
    }

    @Test
    void scriptLinksAndLocalPathsAreRemovedButWebLinksStay() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\">"
                + "<a href=\"javascript:alert(1)\"><rect width=\"1\" height=\"1\"/></a>"
                + "<a href=\"https://example.org/\"><rect width=\"2\" height=\"2\"/></a>"
                + "<image href=\"C:\\Users\\ivan\\face.png\"/><use href=\"#r\"/></svg>";
        String out = utf8(clean(utf8(svg), "a.svg"));
        assertFalse(out.contains("javascript"), out);
        assertFalse(out.contains("onload"), out);
        assertFalse(out.contains("Users"), out);
        assertTrue(out.contains("https://example.org/"), out);
        assertTrue(out.contains("href=\"#r\""), out);
    }

    @Test
    void malformedSvgIsRefused() {
        assertThrows(RefusedException.class, () -> clean(utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>"),
                "a.svg"));
        assertThrows(RefusedException.class, () -> clean(utf8("<svg xmlns=\"http://www.w3.org/2000/svg\">&nbsp;</svg>"),
                "a.svg"));
        assertThrows(RefusedException.class, () -> new MarkupCleaner().clean(utf8("<svgx><svg/></svgx>"), FileType.SVG,
                TestPipeline.context()));
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
