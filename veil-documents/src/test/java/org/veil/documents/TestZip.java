package org.veil.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Plain ZIP writing and reading for tests, with the JDK only (independent of Veil's zip code). */
final class TestZip {
    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("=\"([^\"]*)\"");

    private TestZip() {
    }

    static byte[] zip(Map<String, String> members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> m : members.entrySet()) {
                byte[] data = m.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry e = new ZipEntry(m.getKey());
                if (m.getKey().equals("mimetype")) {
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    e.setCrc(crc.getValue());
                }
                z.putNextEntry(e);
                z.write(data);
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                out.put(e.getName(), z.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The independent reader of the tests: every XML part's text and attribute values, by regular expressions on
     * the raw XML (entities decoded), so a name anywhere in the package is found.
     */
    static String allXmlText(byte[] zip) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, byte[]> m : unzip(zip).entrySet()) {
            if (m.getKey().endsWith(".xml") || m.getKey().endsWith(".rels")) {
                String xml = new String(m.getValue(), StandardCharsets.UTF_8);
                // Text joined across tags (split runs), and attribute values.
                sb.append(m.getKey()).append(": ").append(unescape(xml.replaceAll("<[^>]*>", ""))).append('\n');
                sb.append(unescape(xml.replaceAll("<[^>]*>", " "))).append('\n');
                java.util.regex.Matcher a = ATTRIBUTE.matcher(xml);
                while (a.find()) {
                    sb.append(unescape(a.group(1))).append('\n');
                }
            }
        }
        return sb.toString();
    }

    static int count(byte[] zip, String part, String regex) {
        String xml = new String(unzip(zip).get(part), StandardCharsets.UTF_8);
        return xml.split(regex, -1).length - 1;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
