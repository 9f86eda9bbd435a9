package org.veil.files.media;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * MP3: cuts leading ID3v2 tags and the trailing tags of {@link TagTrailers}; what remains must be an unbroken run
 * of MPEG audio frames from the first byte to the last, which is kept byte for byte, except that the encoder
 * version in a Xing/Info header frame is blanked ({@link LameTag}): the frame holds the gapless and seek data
 * players need, so it stays, but "LAME3.100" with the settings after it narrows down the author's machine.
 */
final class Mp3Cleaner implements ContainerCleaner {

    @Override
    public List<MetadataItem> inspect(byte[] b) throws RefusedException {
        List<MetadataItem> items = new ArrayList<>();
        int p = 0;
        while (Id3v2.startsAt(b, p)) {
            int len = Id3v2.length(b, p, b.length);
            items.addAll(Id3v2.frames(b, p, len));
            p += len;
        }
        MpegFrames.Header first = MpegFrames.at(b, p);
        int encoder = first == null ? -1 : LameTag.encoderAt(b, p, first);
        if (encoder >= 0 && !LameTag.isBlank(b, encoder)) {
            items.add(new MetadataItem(MetadataGroup.SOFTWARE, "Xing/LAME encoder",
                    Bin.display(Bin.latin1(b, encoder, LameTag.ENCODER_LENGTH))));
        }
        for (TagTrailers.Trailer t : TagTrailers.find(b, p)) {
            items.addAll(TagTrailers.describe(b, t));
        }
        return items;
    }

    @Override
    public byte[] clean(byte[] b) throws RefusedException {
        int start = 0;
        while (Id3v2.startsAt(b, start)) {
            start += Id3v2.length(b, start, b.length);
        }
        int end = TagTrailers.audioEnd(b, start);
        checkFrames(b, start, end);
        byte[] audio = Arrays.copyOfRange(b, start, end);
        LameTag.blank(audio, 0, MpegFrames.at(audio, 0));
        return audio;
    }

    /** Refuses unless [start, end) is exactly a sequence of frames of one stream. */
    private static void checkFrames(byte[] b, int start, int end) throws RefusedException {
        MpegFrames.Header first = MpegFrames.at(b, start);
        if (first == null) {
            throw new RefusedException("after its tags the file does not start with an MPEG audio frame"
                    + " (unknown data at byte " + start + ")");
        }
        int p = start;
        while (p < end) {
            MpegFrames.Header h = MpegFrames.at(b, p);
            if (h == null || !h.sameStream(first)) {
                throw new RefusedException("unknown data between MPEG audio frames at byte " + p);
            }
            if (p + h.length() > end) {
                throw new RefusedException("the file is truncated (its last MPEG frame is incomplete)");
            }
            p += h.length();
        }
    }
}
