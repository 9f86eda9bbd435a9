package org.veil.files.media;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * Ogg Vorbis and Ogg Opus with one logical stream. Every page's CRC is checked; the comment header packet
 * ("\x03vorbis" / "OpusTags") is replaced by one with no fields and an empty vendor string (the vendor names the
 * encoder library and version; an empty one is valid and says nothing). The header packets are paginated again,
 * and the audio pages are kept as they are except for their sequence numbers, whose CRCs are recomputed.
 * Multiplexed or chained streams and other codecs (Theora, FLAC, Speex…) are refused.
 */
final class OggCleaner implements ContainerCleaner {
    private static final int MAX_SEGMENTS = 255;

    /** The codecs handled: how many header packets, and how each header starts. */
    enum Codec {
        VORBIS(new String[] {"\u0001vorbis", "\u0003vorbis", "\u0005vorbis"}),
        OPUS(new String[] {"OpusHead", "OpusTags"});

        final String[] headerMagic;

        Codec(String[] headerMagic) {
            this.headerMagic = headerMagic;
        }

        /** An empty comment header: magic, vendor length 0, no fields (and Vorbis's framing bit). */
        byte[] emptyComments() {
            byte[] magic = headerMagic[1].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            byte[] p = Arrays.copyOf(magic, magic.length + 8 + (this == VORBIS ? 1 : 0));
            if (this == VORBIS) {
                p[p.length - 1] = 1;
            }
            return p;
        }
    }

    /** A parsed stream: its pages, codec, header packets, and the index of the first audio page. */
    record Stream(List<OggPage> pages, Codec codec, List<byte[]> headers, int firstAudioPage) {
    }

    @Override
    public List<MetadataItem> inspect(byte[] b) throws RefusedException {
        Stream s = read(b);
        byte[] comments = s.headers().get(1);
        return VorbisComments.items(VorbisComments.parse(comments, s.codec().headerMagic[1].length(), comments.length),
                s.codec() == Codec.VORBIS ? "Vorbis" : "Opus");
    }

    @Override
    public byte[] clean(byte[] b) throws RefusedException {
        Stream s = read(b);
        List<byte[]> headers = new ArrayList<>(s.headers());
        headers.set(1, s.codec().emptyComments());
        int serial = s.pages().get(0).serial();
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        // The identification header is alone on the first page, as both codecs require.
        new OggPage(OggPage.BOS, 0, serial, 0, lacing(headers.get(0).length), headers.get(0)).writeTo(out);
        List<OggPage> rest = paginate(headers.subList(1, headers.size()), serial, 1);
        rest.forEach(p -> p.writeTo(out));
        int seq = 1 + rest.size();
        for (int i = s.firstAudioPage(); i < s.pages().size(); i++) {
            s.pages().get(i).withSequence(seq++).writeTo(out);
        }
        return out.toByteArray();
    }

    /** Reads and checks every page, and collects the header packets. */
    static Stream read(byte[] b) throws RefusedException {
        List<OggPage> pages = new ArrayList<>();
        for (int p = 0; p < b.length; ) {
            OggPage page = OggPage.read(b, p);
            pages.add(page);
            p += page.size();
        }
        checkSingleStream(pages);
        List<byte[]> packets = new ArrayList<>();
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        Codec codec = null;
        for (int i = 0; i < pages.size(); i++) {
            OggPage page = pages.get(i);
            if (page.has(OggPage.CONTINUED) != (packet.size() > 0)) {
                throw new RefusedException("malformed Ogg stream (continuation flag wrong on page " + i + ")");
            }
            int offset = 0;
            int[] lacing = page.lacing();
            for (int k = 0; k < lacing.length; k++) {
                packet.write(page.body(), offset, lacing[k]);
                offset += lacing[k];
                if (lacing[k] < MAX_SEGMENTS) {
                    packets.add(packet.toByteArray());
                    packet.reset();
                    if (codec == null) {
                        codec = codecOf(packets.get(0));
                        if (i != 0 || k != lacing.length - 1) {
                            throw new RefusedException("malformed Ogg stream (identification header not alone on"
                                    + " the first page)");
                        }
                    }
                    if (packets.size() == codec.headerMagic.length) {
                        if (k != lacing.length - 1) {
                            throw new RefusedException("malformed Ogg stream (audio starts on a header page)");
                        }
                        checkHeaders(packets, codec);
                        if (i == pages.size() - 1) {
                            throw new RefusedException("the Ogg stream has no audio after its headers");
                        }
                        return new Stream(pages, codec, packets, i + 1);
                    }
                }
            }
        }
        throw new RefusedException("the Ogg file is truncated (its header packets are incomplete)");
    }

    private static void checkSingleStream(List<OggPage> pages) throws RefusedException {
        OggPage first = pages.get(0);
        if (!first.has(OggPage.BOS)) {
            throw new RefusedException("malformed Ogg stream (the first page does not begin a stream)");
        }
        for (int i = 0; i < pages.size(); i++) {
            OggPage p = pages.get(i);
            if (p.serial() != first.serial() || i > 0 && p.has(OggPage.BOS)) {
                throw new RefusedException("the Ogg file holds several logical streams (multiplexed or chained);"
                        + " only a single Vorbis or Opus stream is supported");
            }
        }
        for (int i = 0; i < pages.size(); i++) {
            OggPage p = pages.get(i);
            if (p.sequence() != first.sequence() + i) {
                throw new RefusedException("the Ogg stream has missing or reordered pages (sequence number "
                        + p.sequence() + " at page " + i + ")");
            }
            if (p.has(OggPage.EOS) != (i == pages.size() - 1)) {
                throw new RefusedException(p.has(OggPage.EOS) ? "data after the end of the Ogg stream"
                        : "the Ogg file is truncated (no end-of-stream page)");
            }
        }
    }

    private static Codec codecOf(byte[] id) throws RefusedException {
        for (Codec c : Codec.values()) {
            if (startsWith(id, c.headerMagic[0])) {
                return c;
            }
        }
        String head = Bin.display(Bin.latin1(id, 0, Math.min(8, id.length)).replaceAll("[^\\x20-\\x7e]", ""));
        throw new RefusedException("Ogg stream with codec '" + head + "': only Vorbis and Opus are supported");
    }

    private static void checkHeaders(List<byte[]> packets, Codec codec) throws RefusedException {
        for (int i = 1; i < packets.size(); i++) {
            if (!startsWith(packets.get(i), codec.headerMagic[i])) {
                throw new RefusedException("malformed " + codec + " stream (header packet " + (i + 1)
                        + " is not a " + codec + " header)");
            }
        }
    }

    private static boolean startsWith(byte[] packet, String magic) {
        return Bin.ascii(packet, 0, magic);
    }

    /** Lacing values for one packet: 255 per full segment, then the rest (0 when the length is a multiple). */
    private static int[] lacing(int length) {
        int[] l = new int[length / MAX_SEGMENTS + 1];
        Arrays.fill(l, MAX_SEGMENTS);
        l[l.length - 1] = length % MAX_SEGMENTS;
        return l;
    }

    /**
     * Header packets laid out on pages of up to 255 segments. A page on which a packet ends has granule 0 (header
     * pages carry no samples); one on which none ends has -1, as the Ogg specification asks.
     */
    private static List<OggPage> paginate(List<byte[]> packets, int serial, int firstSeq) {
        List<Integer> segments = new ArrayList<>();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (byte[] p : packets) {
            for (int l : lacing(p.length)) {
                segments.add(l);
            }
            data.writeBytes(p);
        }
        byte[] all = data.toByteArray();
        List<OggPage> pages = new ArrayList<>();
        int offset = 0;
        boolean continued = false;
        for (int s = 0; s < segments.size(); s += MAX_SEGMENTS) {
            List<Integer> chunk = segments.subList(s, Math.min(segments.size(), s + MAX_SEGMENTS));
            int[] lacing = chunk.stream().mapToInt(Integer::intValue).toArray();
            int bodyLength = Arrays.stream(lacing).sum();
            boolean packetEnds = Arrays.stream(lacing).anyMatch(v -> v < MAX_SEGMENTS);
            pages.add(new OggPage(continued ? OggPage.CONTINUED : 0, packetEnds ? 0 : -1L, serial,
                    firstSeq + pages.size(), lacing, Arrays.copyOfRange(all, offset, offset + bodyLength)));
            offset += bodyLength;
            continued = lacing[lacing.length - 1] == MAX_SEGMENTS;
        }
        return pages;
    }
}
