package org.veil.files.media;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * FLAC: keeps STREAMINFO (mandatory, first) and SEEKTABLE, drops every other metadata block (VORBIS_COMMENT,
 * PICTURE, APPLICATION, CUESHEET, PADDING, reserved types), sets the last-block flag again, and keeps the audio
 * frames byte for byte. An ID3v2 tag some taggers put before "fLaC" and tags appended after the frames are cut.
 * Seek points count from the first frame, so removing blocks before it leaves them valid.
 */
final class FlacCleaner implements ContainerCleaner {
    static final int STREAMINFO = 0;
    static final int SEEKTABLE = 3;
    private static final int VORBIS_COMMENT = 4;
    private static final int PICTURE = 6;
    private static final String[] NAMES = {"STREAMINFO", "PADDING", "APPLICATION", "SEEKTABLE", "VORBIS_COMMENT",
            "CUESHEET", "PICTURE"};

    /** One metadata block: type and the byte range of its body. */
    private record Block(int type, int start, int length) {
    }

    /** The parsed file: leading ID3v2 tags, blocks, the audio range. */
    private record Layout(List<int[]> id3, List<Block> blocks, int audioStart, int audioEnd) {
    }

    @Override
    public List<MetadataItem> inspect(byte[] b) throws RefusedException {
        Layout l = layout(b);
        List<MetadataItem> items = new ArrayList<>();
        for (int[] tag : l.id3()) {
            items.addAll(Id3v2.frames(b, tag[0], tag[1]));
        }
        for (Block blk : l.blocks()) {
            if (blk.type() == VORBIS_COMMENT) {
                items.addAll(VorbisComments.items(VorbisComments.parse(b, blk.start(), blk.start() + blk.length()),
                        "FLAC"));
            } else if (blk.type() == PICTURE) {
                items.add(new MetadataItem(MetadataGroup.EMBEDDED, "FLAC PICTURE", blk.length() + " bytes"));
            } else if (blk.type() != STREAMINFO && blk.type() != SEEKTABLE && blk.type() != 1) {
                items.add(new MetadataItem(MetadataGroup.OTHER, "FLAC " + name(blk.type()), blk.length() + " bytes"));
            }
        }
        for (TagTrailers.Trailer t : TagTrailers.find(b, l.audioStart())) {
            items.addAll(TagTrailers.describe(b, t));
        }
        return items;
    }

    @Override
    public byte[] clean(byte[] b) throws RefusedException {
        Layout l = layout(b);
        List<Block> kept = l.blocks().stream().filter(x -> x.type() == STREAMINFO || x.type() == SEEKTABLE).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.writeBytes(new byte[] {'f', 'L', 'a', 'C'});
        for (int i = 0; i < kept.size(); i++) {
            Block blk = kept.get(i);
            boolean last = i == kept.size() - 1;
            out.write((last ? 0x80 : 0) | blk.type());
            out.write(blk.length() >> 16);
            out.write(blk.length() >> 8);
            out.write(blk.length());
            out.write(b, blk.start(), blk.length());
        }
        out.write(b, l.audioStart(), l.audioEnd() - l.audioStart());
        return out.toByteArray();
    }

    private static Layout layout(byte[] b) throws RefusedException {
        List<int[]> id3 = new ArrayList<>();
        int p = 0;
        while (Id3v2.startsAt(b, p)) {
            int len = Id3v2.length(b, p, b.length);
            id3.add(new int[] {p, len});
            p += len;
        }
        if (!Bin.ascii(b, p, "fLaC")) {
            throw new RefusedException("not a FLAC stream (no \"fLaC\" marker)");
        }
        p += 4;
        List<Block> blocks = new ArrayList<>();
        boolean last = false;
        while (!last) {
            if (p + 4 > b.length) {
                throw new RefusedException("the FLAC metadata is truncated");
            }
            int header = Bin.u8(b, p);
            last = (header & 0x80) != 0;
            int type = header & 0x7F;
            int length = Bin.u24be(b, p + 1);
            if (p + 4L + length > b.length) {
                throw new RefusedException("the FLAC metadata is truncated (" + name(type) + " block runs past the end)");
            }
            if (type == 127) {
                throw new RefusedException("invalid FLAC metadata block type 127");
            }
            blocks.add(new Block(type, p + 4, length));
            p += 4 + length;
        }
        checkMandatoryBlocks(blocks);
        int audioEnd = TagTrailers.audioEnd(b, p);
        if (audioEnd > p && (Bin.u8(b, p) != 0xFF || (Bin.u8(b, p + 1) & 0xFE) != 0xF8)) {
            throw new RefusedException("unknown data after the FLAC metadata (no frame sync at byte " + p + ")");
        }
        return new Layout(id3, blocks, p, audioEnd);
    }

    private static void checkMandatoryBlocks(List<Block> blocks) throws RefusedException {
        if (blocks.get(0).type() != STREAMINFO || blocks.get(0).length() != 34) {
            throw new RefusedException("malformed FLAC: the first metadata block is not a STREAMINFO");
        }
        if (blocks.stream().filter(x -> x.type() == STREAMINFO).count() > 1
                || blocks.stream().filter(x -> x.type() == SEEKTABLE).count() > 1) {
            throw new RefusedException("malformed FLAC: more than one STREAMINFO or SEEKTABLE block");
        }
    }

    private static String name(int type) {
        return type < NAMES.length ? NAMES[type] : "reserved type " + type;
    }
}
