package org.veil.files.odf;

import static org.veil.files.odf.TestZip.utf8;

import java.util.LinkedHashMap;
import java.util.Map;

/** EPUB 3 (with an EPUB 2 NCX, as calibre writes) with planted metadata. */
final class EpubFixtures {
    static final String SECRET = OdfFixtures.SECRET;
    static final String OLD_UUID = "3f1c2a9e-0000-4bad-9999-c0ffee123456";

    static final String CONTAINER = "<?xml version=\"1.0\"?>\n<container version=\"1.0\" "
            + "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
            + "<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>"
            + "</rootfiles><!-- made by " + SECRET + " --></container>";

    static final String OPF = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"BookId\""
            + " prefix=\"calibre: https://calibre-ebook.com\">"
            + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:opf=\"http://www.idpf.org/2007/opf\">"
            + "<dc:identifier id=\"BookId\">urn:uuid:" + OLD_UUID + "</dc:identifier>"
            + "<dc:identifier opf:scheme=\"calibre\">calibre-4242</dc:identifier>"
            + "<dc:title id=\"t1\" xml:lang=\"en\">The Quiet Book</dc:title>"
            + "<meta refines=\"#t1\" property=\"file-as\">Quiet Book, The</meta>"
            + "<dc:language>en</dc:language>"
            + "<dc:creator id=\"c1\">" + SECRET + "</dc:creator>"
            + "<meta refines=\"#c1\" property=\"role\" scheme=\"marc:relators\">aut</meta>"
            + "<dc:contributor>Olga Helper-Secret</dc:contributor>"
            + "<dc:publisher>Samizdat Press-Secret</dc:publisher>"
            + "<dc:date>2023-05-04T10:11:12+03:00</dc:date>"
            + "<dc:rights>Copyright Ivan</dc:rights><dc:description>A planted description</dc:description>"
            + "<dc:subject>dissent</dc:subject>"
            + "<meta property=\"dcterms:modified\">2023-05-04T10:11:12Z</meta>"
            + "<meta name=\"calibre:timestamp\" content=\"2023-05-04T10:11:12+00:00\"/>"
            + "<meta name=\"calibre:user_metadata:#owner\" content=\"" + SECRET + "\"/>"
            + "<meta name=\"generator\" content=\"calibre (6.11.0)\"/>"
            + "<meta name=\"cover\" content=\"cover-img\"/>"
            + "<meta property=\"rendition:layout\">pre-paginated</meta>"
            + "<link rel=\"record\" href=\"https://example.org/record/ivan\" media-type=\"application/marc\"/>"
            + "</metadata>"
            + "<manifest>"
            + "<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>"
            + "<item id=\"nav\" href=\"Text/nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>"
            + "<item id=\"ch1\" href=\"Text/chapter%201.xhtml\" media-type=\"application/xhtml+xml\"/>"
            + "<item id=\"css\" href=\"Styles/style.css\" media-type=\"text/css\"/>"
            + "<item id=\"cover-img\" href=\"Images/cover.png\" media-type=\"image/png\" properties=\"cover-image\"/>"
            + "<item id=\"font\" href=\"Fonts/Serif.ttf\" media-type=\"font/ttf\"/>"
            + "</manifest>"
            + "<spine toc=\"ncx\"><itemref idref=\"nav\"/><itemref idref=\"ch1\"/></spine>"
            + "</package>";

    static final String NCX = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE ncx PUBLIC \"-//NISO//DTD ncx 2005-1//EN\" \"http://www.daisy.org/z3986/2005/ncx-2005-1.dtd\">\n"
            + "<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\"><head>"
            + "<meta name=\"dtb:uid\" content=\"urn:uuid:" + OLD_UUID + "\"/>"
            + "<meta name=\"dtb:depth\" content=\"1\"/>"
            + "<meta name=\"dtb:generator\" content=\"calibre (6.11.0)\"/>"
            + "</head><docTitle><text>The Quiet Book</text></docTitle>"
            + "<docAuthor><text>" + SECRET + "</text></docAuthor>"
            + "<navMap><navPoint id=\"p1\" playOrder=\"1\"><navLabel><text>Chapter 1</text></navLabel>"
            + "<content src=\"Text/chapter%201.xhtml\"/></navPoint></navMap></ncx>";

    static final String NAV = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\"><head>"
            + "<title>Contents</title></head><body><nav epub:type=\"toc\"><ol><li>"
            + "<a href=\"chapter%201.xhtml\">Chapter 1</a></li></ol></nav></body></html>";

    static final String CHAPTER = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
            + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/>"
            + "<meta name=\"author\" content=\"" + SECRET + "\"/>"
            + "<meta name=\"generator\" content=\"Sigil 1.9\"/>"
            + "<meta name=\"viewport\" content=\"width=600, height=800\"/>"
            + "<title>Chapter 1</title><link rel=\"stylesheet\" type=\"text/css\" href=\"../Styles/style.css\"/></head>"
            + "<body><!-- TODO ask " + SECRET + " about the source -->"
            + "<h1>Chapter 1</h1><p>It was a quiet night in Moscow — тихая ночь.</p>"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><metadata>"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description>" + SECRET
            + "</rdf:Description></rdf:RDF></metadata><rect width=\"10\" height=\"10\"/></svg>"
            + "<p>Second &amp; last paragraph.</p></body></html>";

    static final String CSS = "/* styled by " + SECRET + " */ body { font-family: serif; }";

    private EpubFixtures() {
    }

    static Map<String, byte[]> members() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("mimetype", utf8("application/epub+zip"));
        m.put("META-INF/", new byte[0]);
        m.put("META-INF/container.xml", utf8(CONTAINER));
        m.put("META-INF/calibre_bookmarks.txt", utf8("encoding=json+base64:\n" + SECRET));
        m.put("OEBPS/content.opf", utf8(OPF));
        m.put("OEBPS/toc.ncx", utf8(NCX));
        m.put("OEBPS/Text/nav.xhtml", utf8(NAV));
        m.put("OEBPS/Text/chapter 1.xhtml", utf8(CHAPTER));
        m.put("OEBPS/Styles/style.css", utf8(CSS));
        m.put("OEBPS/Images/cover.png", TestContext.pngWithAuthor());
        m.put("OEBPS/Fonts/Serif.ttf", new byte[] {0, 1, 0, 0, 0, 4, 0, 0x40, 0, 3, 0, 0x10});
        return m;
    }

    static byte[] epub() {
        return TestZip.build(members());
    }

    static byte[] with(String name, byte[] data) {
        Map<String, byte[]> m = members();
        m.put(name, data);
        return TestZip.build(m);
    }
}
