package org.veil.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A bencode writer, and a dirty single-file torrent made with it, as torrent clients write them. */
public final class TestTorrent {
    private TestTorrent() {
    }

    /** A torrent with every identifying top-level key mat2 removes, and an 'info' dictionary. */
    public static byte[] dirty() {
        Map<String, Object> root = new TreeMap<>();
        root.put("announce", "http://tracker.example.org:6969/announce");
        root.put("announce-list", List.of(List.of("http://tracker.example.org:6969/announce"),
                List.of("udp://backup.example.net:1337")));
        root.put("comment", Planted.COMMENT + " by " + Planted.PERSON);
        root.put("created by", Planted.SOFTWARE);
        root.put("creation date", 1704164645L);
        root.put("encoding", "UTF-8");
        root.put("publisher", Planted.PERSON);
        root.put("url-list", List.of("http://" + Planted.SERIAL.toLowerCase() + ".example.com/file.bin"));
        root.put("info", info());
        return encode(root);
    }

    /** The 'info' dictionary of {@link #dirty()}, encoded. */
    public static byte[] infoBytes() {
        return encode(info());
    }

    private static Map<String, Object> info() {
        Map<String, Object> info = new TreeMap<>();
        info.put("length", 70000L);
        info.put("name", "report-final.pdf");
        info.put("piece length", 32768L);
        byte[] pieces = new byte[60];
        for (int i = 0; i < pieces.length; i++) {
            pieces[i] = (byte) (i * 37 + 11);
        }
        info.put("pieces", pieces);
        return info;
    }

    /** Bencodes strings, byte arrays, longs, lists and (sorted) maps. */
    public static byte[] encode(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static void write(ByteArrayOutputStream out, Object v) {
        if (v instanceof String s) {
            write(out, s.getBytes(StandardCharsets.UTF_8));
        } else if (v instanceof byte[] b) {
            out.writeBytes((b.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(b);
        } else if (v instanceof Long n) {
            out.writeBytes(("i" + n + "e").getBytes(StandardCharsets.US_ASCII));
        } else if (v instanceof List<?> list) {
            out.write('l');
            list.forEach(x -> write(out, x));
            out.write('e');
        } else if (v instanceof Map<?, ?> map) {
            out.write('d');
            new TreeMap<>((Map<String, Object>) map).forEach((k, x) -> {
                write(out, k);
                write(out, x);
            });
            out.write('e');
        } else {
            throw new IllegalArgumentException(String.valueOf(v));
        }
    }
}
