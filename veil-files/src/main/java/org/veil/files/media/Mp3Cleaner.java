package org.veil.files.media;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * MP3: cuts leading ID3v2 tags and the trailing tags of {@link TagTrailers}; what remains must be an unbroken run
 * of MPEG audio frames from the first byte to the last, which is kept byte for byte. A Xing/Info/LAME header frame
 * is a frame like the others and is kept (as mat2 does): it holds the gapless and seek data players need, and its
 * encoder string ("LAME3.100") names a version shared by millions of files, while blanking it would break the
 * tag's CRC.
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
        return Arrays.copyOfRange(b, start, end);
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
