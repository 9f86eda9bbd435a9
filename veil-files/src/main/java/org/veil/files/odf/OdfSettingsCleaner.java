package org.veil.files.odf;

import java.util.regex.Pattern;
import org.veil.files.RefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Cleans settings.xml. Layout and compatibility settings stay (they change how the document renders); what
 * identifies the machine or the user goes: the printer name and its setup blob (a base64 driver dump that often
 * holds the printer's model, queue and host), fax and database names, rsid session ids, the tracked-changes
 * password hash, any binary item, any item whose value is a file path or URL, and the view settings (cursor and
 * scroll positions show where the author last worked).
 */
final class OdfSettingsCleaner {
    private static final Pattern IDENTIFYING_NAME = Pattern.compile(
            "Printer(?!IndependentLayout).*|PrintFaxName|.*Database.*|Rsid.*|.*ProtectionKey");
    private static final Pattern PATH_LIKE = Pattern.compile(
            "(?i)([a-z][a-z0-9+.-]*:|/|~|\\\\).*", Pattern.DOTALL); // a URL, a drive letter, a path

    private OdfSettingsCleaner() {
    }

    static byte[] clean(byte[] xml, String part) throws RefusedException {
        Document doc = SafeXml.parse(xml, part);
        Dom.removeCommentsAndInstructions(doc);
        for (Element e : Dom.elements(doc.getDocumentElement())) {
            if (isViewSettings(e) || Dom.is(e, Ns.CONFIG, "config-item") && identifying(e)) {
                Dom.remove(e);
            }
        }
        doc.setXmlStandalone(true);
        return SafeXml.write(doc);
    }

    static boolean isViewSettings(Element e) {
        return Dom.is(e, Ns.CONFIG, "config-item-set") && "ooo:view-settings".equals(Dom.attr(e, Ns.CONFIG, "name"));
    }

    /** Whether a config:config-item names the machine, the user or their files. */
    static boolean identifying(Element item) {
        String name = String.valueOf(Dom.attr(item, Ns.CONFIG, "name"));
        String type = String.valueOf(Dom.attr(item, Ns.CONFIG, "type"));
        return IDENTIFYING_NAME.matcher(name).matches() || type.equals("base64Binary")
                || type.equals("string") && PATH_LIKE.matcher(item.getTextContent().strip()).matches();
    }
}
