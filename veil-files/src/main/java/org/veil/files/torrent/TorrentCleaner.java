package org.veil.files.torrent;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.Cleaner;
import org.veil.files.FileType;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.veil.files.media.Bin;

/**
 * BitTorrent metainfo files, cleaned as mat2 does: only 'announce', 'announce-list' and 'info' stay, each copied
 * byte for byte ('info' must not change by a bit, since its hash is the torrent's identity); 'created by',
 * 'creation date', 'comment', 'encoding', web seeds and every other top-level key go.
 */
public final class TorrentCleaner implements Cleaner {
    /** The top-level keys a cleaned torrent keeps. */
    public static final Set<String> KEPT = Set.of("announce", "announce-list", "info");

    @Override
    public Set<FileType> types() {
        return Set.of(FileType.TORRENT);
    }

    @Override
    public List<MetadataItem> inspect(byte[] b, FileType type, CleanContext context) throws RefusedException {
        Bencode.Node root = root(b);
        List<MetadataItem> items = new ArrayList<>();
        for (int i = 0; i < root.keys().size(); i++) {
            String key = root.keys().get(i);
            if (KEPT.contains(key)) {
                continue;
            }
            Bencode.Node v = root.values().get(i);
            String value = switch (v.kind()) {
                case 's' -> Bin.display(new String(Bencode.text(b, v).getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.UTF_8));
                case 'i' -> new String(b, v.start() + 1, v.end() - v.start() - 2, StandardCharsets.US_ASCII);
                default -> (v.end() - v.start()) + " bytes";
            };
            if (key.equals("creation date")) {
                value = value + " (" + java.time.Instant.ofEpochSecond(Math.max(-1L << 40,
                        Math.min(1L << 40, parseLong(value)))) + ")";
            }
            items.add(new MetadataItem(group(key), key, value));
        }
        return items;
    }

    @Override
    public byte[] clean(byte[] b, FileType type, CleanContext context) throws RefusedException {
        Bencode.Node root = root(b);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write('d');
        for (int i = 0; i < root.keys().size(); i++) {
            String key = root.keys().get(i);
            if (KEPT.contains(key)) {
                byte[] k = key.getBytes(StandardCharsets.ISO_8859_1);
                out.writeBytes((k.length + ":").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(k);
                Bencode.Node v = root.values().get(i);
                out.write(b, v.start(), v.end() - v.start());
            }
        }
        out.write('e');
        return out.toByteArray();
    }

    private static Bencode.Node root(byte[] b) throws RefusedException {
        Bencode.Node root = Bencode.parse(b);
        if (root.kind() != 'd' || root.get("info") == null || root.get("info").kind() != 'd') {
            throw new RefusedException("not a torrent: no 'info' dictionary at the top level");
        }
        return root;
    }

    private static MetadataGroup group(String key) {
        return switch (key) {
            case "created by" -> MetadataGroup.SOFTWARE;
            case "creation date" -> MetadataGroup.TIME;
            case "comment", "comment.utf-8", "title" -> MetadataGroup.DESCRIPTION;
            case "publisher", "publisher-url", "publisher.utf-8", "publisher-url.utf-8" -> MetadataGroup.PEOPLE;
            default -> MetadataGroup.OTHER;
        };
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
