package org.veil.faces.video;

import java.util.List;

/**
 * What ffprobe says about a video: the index of the stream whose faces are covered, the size of its frames as
 * shown (after any rotation the container asks for), the frame rate as a fraction, the duration, and the codecs of
 * that video stream and of every audio stream.
 */
public record VideoInfo(VideoContainer container, int videoStream, int width, int height, long rateNum, long rateDen,
                        double seconds, String videoCodec, List<String> audioCodecs) {
    public VideoInfo {
        audioCodecs = List.copyOf(audioCodecs);
    }

    public double framesPerSecond() {
        return (double) rateNum / rateDen;
    }

    /** Frames a constant-rate decode of the whole duration yields. */
    public long expectedFrames() {
        return Math.max(1, Math.round(seconds * framesPerSecond()));
    }

    /** The rate as ffmpeg takes it ("30000/1001"). */
    String rate() {
        return rateNum + "/" + rateDen;
    }
}
