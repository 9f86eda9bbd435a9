package org.veil.files.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * WAV (RIFF/WAVE): keeps only the fmt, fact and data chunks, byte for byte, and drops every other chunk: LIST
 * (INFO fields and adtl labels), id3, bext (originator, dates), iXML, _PMX (XMP), cart, cue, and any unknown one.
 * RF64/BW64 (64-bit sizes) and RIFX (big-endian) are refused.
 */
final class WavCleaner implements ContainerCleaner {
    static final Set<String> KEEP = Set.of("fmt ", "fact", "data");
    private final IffChunks riff = new IffChunks(false, "WAV");

    @Override
    public List<MetadataItem> inspect(byte[] b) throws RefusedException {
        List<MetadataItem> items = new ArrayList<>();
        for (IffChunks.Chunk c : chunks(b)) {
            switch (c.id()) {
                case "fmt ", "fact", "data" -> { }
                case "LIST" -> items.addAll(list(b, c));
                case "bext" -> items.addAll(bext(b, c));
                case "id3 ", "ID3 " -> items.addAll(Id3v2.embedded(b, c.start(), c.size(), "WAV id3 chunk"));
                case "_PMX" -> items.add(new MetadataItem(MetadataGroup.DESCRIPTION, "XMP", c.size() + " bytes"));
                case "iXML" -> items.add(new MetadataItem(MetadataGroup.DESCRIPTION, "iXML", c.size() + " bytes"));
                default -> items.add(new MetadataItem(MetadataGroup.OTHER, "chunk '" + c.id().strip() + "'",
                        c.size() + " bytes"));
            }
        }
        return items;
    }

    @Override
    public byte[] clean(byte[] b) throws RefusedException {
        return riff.rebuild(b, chunks(b), KEEP);
    }

    private List<IffChunks.Chunk> chunks(byte[] b) throws RefusedException {
        if (Bin.ascii(b, 0, "RF64") || Bin.ascii(b, 0, "BW64")) {
            throw new RefusedException("RF64/BW64 (64-bit) WAV files are not supported");
        }
        if (!Bin.ascii(b, 0, "RIFF") || !Bin.ascii(b, 8, "WAVE")) {
            throw new RefusedException("not a RIFF/WAVE file");
        }
        List<IffChunks.Chunk> chunks = riff.read(b);
        int fmt = -1;
        int data = -1;
        for (int i = 0; i < chunks.size(); i++) {
            String id = chunks.get(i).id();
            if (id.equals("fmt ")) {
                fmt = fmt < 0 ? i : -2;
            } else if (id.equals("data")) {
                data = data < 0 ? i : -2;
            }
        }
        if (fmt < 0 || data < 0 || fmt > data) {
            throw new RefusedException("malformed WAV: it needs exactly one fmt chunk followed by one data chunk");
        }
        return chunks;
    }

    private List<MetadataItem> list(byte[] b, IffChunks.Chunk c) throws RefusedException {
        if (c.size() < 4) {
            return List.of(new MetadataItem(MetadataGroup.OTHER, "LIST", "empty"));
        }
        String type = Bin.fourCc(b, c.start());
        if (!type.equals("INFO")) {
            return List.of(new MetadataItem(type.equals("adtl") ? MetadataGroup.DESCRIPTION : MetadataGroup.OTHER,
                    "LIST " + type.strip(), c.size() + " bytes"));
        }
        List<MetadataItem> items = new ArrayList<>();
        for (IffChunks.Chunk f : riff.within(b, c.start() + 4, c.start() + c.size())) {
            items.add(new MetadataItem(TagGroups.riffInfo(f.id()), "INFO " + f.id(),
                    Bin.display(Bin.utf8(b, f.start(), f.size()))));
        }
        return items;
    }

    /** The Broadcast Wave extension: description, originator, reference, origination date and time. */
    private static List<MetadataItem> bext(byte[] b, IffChunks.Chunk c) throws RefusedException {
        if (c.size() < 338) {
            return List.of(new MetadataItem(MetadataGroup.OTHER, "bext", c.size() + " bytes"));
        }
        int p = c.start();
        return List.of(
                new MetadataItem(MetadataGroup.DESCRIPTION, "bext description", text(b, p, 256)),
                new MetadataItem(MetadataGroup.PEOPLE, "bext originator", text(b, p + 256, 32)),
                new MetadataItem(MetadataGroup.DEVICE, "bext originator reference", text(b, p + 288, 32)),
                new MetadataItem(MetadataGroup.TIME, "bext origination", text(b, p + 320, 10) + " "
                        + text(b, p + 330, 8)));
    }

    private static String text(byte[] b, int at, int len) throws RefusedException {
        return Bin.display(Bin.latin1(b, at, len).replace("\0", ""));
    }
}
