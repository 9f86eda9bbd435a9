package org.veil.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;

class PlaceholderFontsTest {
    @Test
    void cyrillicLabelsFallBackToAsciiTransliteration() {
        assertEquals("[LITSO A]", PlaceholderFonts.ascii("[ЛИЦО А]"));
        assertEquals("[MESTO 2]", PlaceholderFonts.ascii("[МЕСТО 2]"));
        assertEquals("[ORGANIZATSIYA 3]", PlaceholderFonts.ascii("[ОРГАНИЗАЦИЯ 3]"));
        assertEquals("[?]", PlaceholderFonts.ascii("[人]"));
    }

    @Test
    void latinLabelsUseTheStandardHelvetica() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PlaceholderFonts.Choice choice = new PlaceholderFonts(doc).choose("[PERSON A]");
            assertEquals("[PERSON A]", choice.text());
            assertEquals(PDType1Font.class, choice.font().getClass());
        }
    }
}
