package org.veil.faces.video;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The video containers Veil covers faces in, told apart by their first bytes (never by the name). Each names the
 * one ffmpeg demuxer that may open it, so a file cannot steer ffmpeg to another demuxer (a playlist, a concat list).
 */
public enum VideoContainer {
    /** MP4 and QuickTime MOV (ISO base media): a 'ftyp' box, or an old QuickTime file starting with another box. */
    MP4_MOV("mov"),
    /** Matroska (MKV) and WebM: the EBML magic number. */
    MATROSKA("matroska");

    private final String demuxer;

    VideoContainer(String demuxer) {
        this.demuxer = demuxer;
    }

    String demuxer() {
        return demuxer;
    }

    /** The container {@code file} is, judged from its first bytes; empty for anything else (a photo, say). */
    public static Optional<VideoContainer> sniff(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(12);
        } catch (IOException e) {
            return Optional.empty();
        }
        return sniff(head);
    }

    static Optional<VideoContainer> sniff(byte[] head) {
        if (head.length >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF
                && (head[3] & 0xFF) == 0xA3) {
            return Optional.of(MATROSKA);
        }
        if (head.length >= 8) {
            String box = new String(head, 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (box.equals("ftyp") || box.equals("moov") || box.equals("mdat") || box.equals("wide")) {
                return Optional.of(MP4_MOV);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code file} (not following a link) starts like a video Veil handles. */
    public static boolean isVideo(Path file) {
        return !Files.isSymbolicLink(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && sniff(file).isPresent();
    }
}
