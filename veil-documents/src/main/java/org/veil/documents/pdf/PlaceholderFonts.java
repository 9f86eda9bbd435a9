package org.veil.documents.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The font a placeholder is written in. Latin placeholders use Helvetica, one of the standard 14 fonts every
 * reader has, so nothing is embedded. Others ("[ЛИЦО А]") use a subset of DejaVu Sans or Liberation Sans
 * embedded from the system's fonts when one is installed; without one, the label is transliterated to ASCII
 * ("[LITSO A]") rather than shipped as a glyph the reader cannot show. Either way the box is drawn.
 */
final class PlaceholderFonts {
    private static final List<Path> UNICODE_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
            Path.of("/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf"));
    private static final Map<Character, String> CYRILLIC = cyrillic();

    private final PDDocument doc;
    private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private PDFont unicode;
    private boolean unicodeTried;

    PlaceholderFonts(PDDocument doc) {
        this.doc = doc;
    }

    /** A font and the text to write with it: the label itself when some font can show it. */
    record Choice(PDFont font, String text) {
    }

    Choice choose(String label) {
        if (canShow(latin, label)) {
            return new Choice(latin, label);
        }
        PDFont embedded = unicodeFont();
        if (embedded != null && canShow(embedded, label)) {
            return new Choice(embedded, label);
        }
        return new Choice(latin, ascii(label));
    }

    private PDFont unicodeFont() {
        if (!unicodeTried) {
            unicodeTried = true;
            for (Path path : UNICODE_FONTS) {
                if (Files.isReadable(path)) {
                    try {
                        unicode = PDType0Font.load(doc, new File(path.toString()));
                        break;
                    } catch (IOException | RuntimeException e) {
                        // A broken system font: try the next, then fall back to ASCII.
                    }
                }
            }
        }
        return unicode;
    }

    private static boolean canShow(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static String ascii(String label) {
        StringBuilder out = new StringBuilder(label.length());
        for (char c : label.toCharArray()) {
            String latin = CYRILLIC.get(Character.toLowerCase(c));
            if (latin != null) {
                out.append(Character.isUpperCase(c) ? latin.toUpperCase() : latin);
            } else {
                out.append(c >= 0x20 && c < 0x7f ? c : '?');
            }
        }
        return out.toString();
    }

    private static Map<Character, String> cyrillic() {
        String from = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєў";
        String[] to = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
            "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "u"};
        Map<Character, String> map = new HashMap<>();
        for (int i = 0; i < from.length(); i++) {
            map.put(from.charAt(i), to[i]);
        }
        return Map.copyOf(map);
    }
}
