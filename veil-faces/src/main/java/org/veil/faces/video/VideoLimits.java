package org.veil.faces.video;

/**
 * Bounds a video must stay within, checked from ffprobe's figures before any frame is decoded and again on what is
 * actually decoded. The defaults: 30 minutes, 3840×2160 (4K UHD), 108,000 frames (30 minutes at 60 frames per
 * second), and a covered output of at most 512 MB (the metadata verifier reads it whole).
 */
public record VideoLimits(double maxSeconds, long maxPixelsPerFrame, long maxFrames, long maxOutputBytes) {
    public static VideoLimits defaults() {
        return new VideoLimits(30 * 60, 3840L * 2160, 108_000, 512L << 20);
    }
}
