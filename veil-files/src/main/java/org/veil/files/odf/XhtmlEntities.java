package org.veil.files.odf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.files.RefusedException;

/**
 * XHTML chapters may use HTML's named entities ({@code &nbsp;}, {@code &mdash;}) that only the XHTML DTD
 * declares. Veil never loads that DTD, and a parser that does not know an entity silently drops it, which would
 * lose text. So before parsing, the common named entities are rewritten to numeric character references; any
 * other named entity is refused rather than dropped.
 */
final class XhtmlEntities {
    private static final Pattern NAMED = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    /** HTML 4's Latin-1 entities, U+00A0 to U+00FF in order. */
    private static final String LATIN1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy "
            + "reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest "
            + "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml "
            + "ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig "
            + "agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml "
            + "eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
    /** The special and most used symbol entities of HTML 4. */
    private static final String OTHERS = "OElig 338 oelig 339 Scaron 352 scaron 353 Yuml 376 fnof 402 circ 710 "
            + "tilde 732 ensp 8194 emsp 8195 thinsp 8201 zwnj 8204 zwj 8205 lrm 8206 rlm 8207 ndash 8211 "
            + "mdash 8212 lsquo 8216 rsquo 8217 sbquo 8218 ldquo 8220 rdquo 8221 bdquo 8222 dagger 8224 "
            + "Dagger 8225 bull 8226 hellip 8230 permil 8240 prime 8242 Prime 8243 lsaquo 8249 rsaquo 8250 "
            + "oline 8254 frasl 8260 euro 8364 trade 8482 larr 8592 uarr 8593 rarr 8594 darr 8595 harr 8596 "
            + "minus 8722 infin 8734 ne 8800 le 8804 ge 8805 loz 9674 spades 9824 clubs 9827 hearts 9829 diams 9830";
    private static final Map<String, Integer> CODES = table();

    private XhtmlEntities() {
    }

    private static Map<String, Integer> table() {
        Map<String, Integer> t = new HashMap<>();
        String[] latin = LATIN1.split(" ");
        for (int i = 0; i < latin.length; i++) {
            t.put(latin[i], 0xA0 + i);
        }
        String[] others = OTHERS.split(" ");
        for (int i = 0; i < others.length; i += 2) {
            t.put(others[i], Integer.parseInt(others[i + 1]));
        }
        for (String predefined : new String[] {"amp", "lt", "gt", "quot", "apos"}) {
            t.put(predefined, -1); // XML's own: left as they are
        }
        return t;
    }

    static byte[] toNumeric(byte[] xml, String part) throws RefusedException {
        // ISO-8859-1 round-trips every byte, so ASCII-compatible encodings come back unchanged; UTF-16 is decoded.
        boolean utf16 = xml.length >= 2 && ((xml[0] & 0xFF) == 0xFE && (xml[1] & 0xFF) == 0xFF
                || (xml[0] & 0xFF) == 0xFF && (xml[1] & 0xFF) == 0xFE);
        Charset cs = utf16 ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1;
        String text = new String(xml, cs);
        Matcher m = NAMED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        while (m.find()) {
            Integer code = CODES.get(m.group(1));
            if (code == null) {
                throw new RefusedException("'" + part + "' uses the entity &" + m.group(1) + "; which Veil does not "
                        + "know; refused rather than drop it");
            }
            m.appendReplacement(out, code < 0 ? "$0" : "&#" + code + ";");
            changed |= code >= 0;
        }
        if (!changed) {
            return xml;
        }
        m.appendTail(out);
        return out.toString().getBytes(cs);
    }
}
