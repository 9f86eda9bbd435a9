package org.veil.files.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * AIFF and AIFF-C: keeps COMM, SSND and FVER (AIFF-C's format version), byte for byte, and drops everything else:
 * NAME, AUTH, "(c) ", ANNO, COMT, ID3, APPL, and also MARK and INST (markers and instrument settings carry names
 * and are not needed to play the sound), and unknown chunks.
 */
final class AiffCleaner implements ContainerCleaner {
    static final Set<String> KEEP = Set.of("COMM", "SSND", "FVER");
    private final IffChunks iff = new IffChunks(true, "AIFF");

    @Override
    public List<MetadataItem> inspect(byte[] b) throws RefusedException {
        List<MetadataItem> items = new ArrayList<>();
        for (IffChunks.Chunk c : chunks(b)) {
            String text = Bin.display(Bin.latin1(b, c.start(), c.size()));
            switch (c.id()) {
                case "COMM", "SSND", "FVER" -> { }
                case "NAME" -> items.add(new MetadataItem(MetadataGroup.DESCRIPTION, "NAME", text));
                case "AUTH" -> items.add(new MetadataItem(MetadataGroup.PEOPLE, "AUTH", text));
                case "(c) " -> items.add(new MetadataItem(MetadataGroup.PEOPLE, "(c)", text));
                case "ANNO" -> items.add(new MetadataItem(MetadataGroup.DESCRIPTION, "ANNO", text));
                case "COMT" -> items.add(new MetadataItem(MetadataGroup.DESCRIPTION, "COMT", text));
                case "ID3 ", "id3 " -> items.addAll(Id3v2.embedded(b, c.start(), c.size(), "AIFF ID3 chunk"));
                default -> items.add(new MetadataItem(MetadataGroup.OTHER, "chunk '" + c.id().strip() + "'",
                        c.size() + " bytes"));
            }
        }
        return items;
    }

    @Override
    public byte[] clean(byte[] b) throws RefusedException {
        return iff.rebuild(b, chunks(b), KEEP);
    }

    private List<IffChunks.Chunk> chunks(byte[] b) throws RefusedException {
        if (!Bin.ascii(b, 0, "FORM") || !(Bin.ascii(b, 8, "AIFF") || Bin.ascii(b, 8, "AIFC"))) {
            throw new RefusedException("not an AIFF file");
        }
        List<IffChunks.Chunk> chunks = iff.read(b);
        long comm = chunks.stream().filter(c -> c.id().equals("COMM")).count();
        long ssnd = chunks.stream().filter(c -> c.id().equals("SSND")).count();
        if (comm != 1 || ssnd != 1) {
            throw new RefusedException("malformed AIFF: it needs exactly one COMM and one SSND chunk");
        }
        return chunks;
    }
}
