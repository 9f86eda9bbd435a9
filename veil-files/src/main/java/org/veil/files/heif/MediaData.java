package org.veil.files.heif;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veil.files.RefusedException;

/**
 * The coded data of the kept items, gathered into the new 'mdat': every file extent (iloc construction method 0)
 * is copied once, byte for byte and in file order; overlapping or adjacent extents share one span, so data two
 * items share stays shared. Bytes no kept item points at (an Exif block, a thumbnail) are left behind.
 */
final class MediaData {
    /** A run of the original file copied to {@code target} bytes into the new mdat payload. */
    private record Span(long start, long end, long target) {
    }

    private final List<Span> spans;
    private final byte[] bytes;

    private MediaData(List<Span> spans, byte[] bytes) {
        this.spans = spans;
        this.bytes = bytes;
    }

    static MediaData of(byte[] b, List<ItemLocations.Location> kept) throws RefusedException {
        List<long[]> ranges = new ArrayList<>();
        for (ItemLocations.Location l : kept) {
            if (l.method() != 0) {
                continue;
            }
            for (ItemLocations.Extent e : l.extents()) {
                if (e.offset() > b.length || e.length() > b.length - e.offset()) {
                    throw new RefusedException("the data of item " + l.itemId() + " runs past the end of the file");
                }
                ranges.add(new long[] {e.offset(), e.offset() + e.length()});
            }
        }
        ranges.sort(Comparator.comparingLong(r -> r[0]));
        List<Span> spans = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = -1;
        long end = -1;
        for (long[] r : ranges) {
            if (start >= 0 && r[0] <= end) {
                end = Math.max(end, r[1]);
                continue;
            }
            if (start >= 0) {
                spans.add(new Span(start, end, out.size()));
                out.write(b, (int) start, (int) (end - start));
            }
            start = r[0];
            end = r[1];
        }
        if (start >= 0) {
            spans.add(new Span(start, end, out.size()));
            out.write(b, (int) start, (int) (end - start));
        }
        return new MediaData(spans, out.toByteArray());
    }

    long length() {
        return bytes.length;
    }

    byte[] bytes() {
        return bytes;
    }

    /** The locations with every file extent moved to where its bytes are now, the mdat payload starting at {@code payloadStart}. */
    List<ItemLocations.Location> relocate(List<ItemLocations.Location> kept, long payloadStart) {
        List<ItemLocations.Location> moved = new ArrayList<>();
        for (ItemLocations.Location l : kept) {
            if (l.method() != 0) {
                moved.add(l);
                continue;
            }
            List<ItemLocations.Extent> extents = new ArrayList<>();
            for (ItemLocations.Extent e : l.extents()) {
                Span s = spanOf(e.offset());
                extents.add(new ItemLocations.Extent(e.index(), payloadStart + s.target() + e.offset() - s.start(),
                        e.length()));
            }
            moved.add(new ItemLocations.Location(l.itemId(), l.method(), extents));
        }
        return moved;
    }

    private Span spanOf(long offset) {
        for (Span s : spans) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        throw new IllegalStateException("an extent outside every span");
    }
}
