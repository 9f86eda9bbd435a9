package org.veil.faces.video;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.veil.files.RefusedException;

/**
 * Reads a video's streams, size, rate and duration with ffprobe, and refuses what Veil will not process: a file
 * ffprobe cannot read cleanly, no video stream, an unknown codec, no duration, or figures beyond the
 * {@link VideoLimits}. Nothing is decoded here.
 */
final class VideoProbe {
    private final Ffmpeg ffmpeg;
    private final VideoLimits limits;

    VideoProbe(Ffmpeg ffmpeg, VideoLimits limits) {
        this.ffmpeg = ffmpeg;
        this.limits = limits;
    }

    VideoInfo probe(Path file, VideoContainer container) throws RefusedException {
        List<Map<String, String>> streams = new ArrayList<>();
        Map<String, String> format = new HashMap<>();
        for (FfprobeOutput.Section s : sections(file, container)) {
            if (s.name().equals("STREAM")) {
                streams.add(s.fields());
            } else if (s.name().equals("FORMAT")) {
                format.putAll(s.fields());
            }
        }
        String formatName = format.getOrDefault("format_name", "");
        if (!formatName.contains(container == VideoContainer.MATROSKA ? "matroska" : "mov")) {
            throw new RefusedException("the file starts like " + container + " but ffprobe reads it as '" + formatName
                    + "'; refused");
        }
        Map<String, String> video = null;
        List<String> audio = new ArrayList<>();
        for (Map<String, String> s : streams) {
            String type = s.getOrDefault("codec_type", "");
            if (type.equals("video") && video == null && !"1".equals(s.get("DISPOSITION:attached_pic"))) {
                video = s;
            } else if (type.equals("audio")) {
                audio.add(codec(s, "audio"));
            }
        }
        if (video == null) {
            throw new RefusedException("it has no video stream (an audio-only file?)");
        }
        String codec = codec(video, "video");
        int width = positive(video, "width");
        int height = positive(video, "height");
        if ((long) width * height > limits.maxPixelsPerFrame()) {
            throw new RefusedException("its frames are " + width + "×" + height + ", over the limit of "
                    + limits.maxPixelsPerFrame() / 1_000_000.0 + " megapixels (4K UHD); scale it down first");
        }
        int rotation = (int) Math.round(number(video.getOrDefault("rotation", "0"), 0));
        if (Math.floorMod(rotation, 180) == 90) {
            int t = width;
            width = height;
            height = t;
        }
        long[] rate = rate(video);
        double seconds = number(video.getOrDefault("duration", "N/A"), Double.NaN);
        if (!(seconds > 0)) {
            seconds = number(format.getOrDefault("duration", "N/A"), Double.NaN);
        }
        if (!(seconds > 0)) {
            throw new RefusedException("the video states no duration (damaged, or a live recording never finished?)");
        }
        if (seconds > limits.maxSeconds()) {
            throw new RefusedException(String.format(Locale.ROOT, "it lasts %.0f s, over the limit of %.0f s; cut it "
                    + "into parts first", seconds, limits.maxSeconds()));
        }
        VideoInfo info = new VideoInfo(container, Integer.parseInt(video.getOrDefault("index", "0")), width, height,
                rate[0], rate[1], seconds, codec, audio);
        if (info.expectedFrames() > limits.maxFrames()) {
            throw new RefusedException("it has about " + info.expectedFrames() + " frames, over the limit of "
                    + limits.maxFrames());
        }
        return info;
    }

    private static String codec(Map<String, String> stream, String kind) throws RefusedException {
        String c = stream.getOrDefault("codec_name", "");
        if (c.isEmpty() || c.equals("none") || c.equals("unknown") || c.equals("N/A")) {
            throw new RefusedException("its " + kind + " codec is unknown to ffmpeg; refused");
        }
        return c;
    }

    private static int positive(Map<String, String> stream, String key) throws RefusedException {
        double v = number(stream.getOrDefault(key, "N/A"), 0);
        if (v <= 0 || v > 100_000) {
            throw new RefusedException("the video states no valid " + key);
        }
        return (int) v;
    }

    /** avg_frame_rate, else r_frame_rate, as a reduced-enough fraction between 1 and 240 frames per second. */
    private static long[] rate(Map<String, String> stream) throws RefusedException {
        for (String key : List.of("avg_frame_rate", "r_frame_rate")) {
            String[] p = stream.getOrDefault(key, "0/0").split("/");
            try {
                long num = Long.parseLong(p[0].trim());
                long den = p.length > 1 ? Long.parseLong(p[1].trim()) : 1;
                if (num > 0 && den > 0 && num / (double) den >= 1 && num / (double) den <= 240) {
                    return new long[] {num, den};
                }
            } catch (NumberFormatException e) {
                // Try the other field.
            }
        }
        throw new RefusedException("the video states no usable frame rate");
    }

    private static double number(String s, double otherwise) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The stream and format blocks of ffprobe's report on {@code file}. */
    private List<FfprobeOutput.Section> sections(Path file, VideoContainer container) throws RefusedException {
        try {
            return FfprobeOutput.parse(Ffmpeg.run(List.of(ffmpeg.ffprobe().toString(), "-v", "error",
                    "-protocol_whitelist", "file", "-f", container.demuxer(), "-show_entries",
                    "format=format_name,duration:stream=index,codec_type,codec_name,width,height,avg_frame_rate,"
                            + "r_frame_rate,duration:stream_disposition=attached_pic:stream_side_data=rotation",
                    "-of", "default", "file:" + file.toAbsolutePath())));
        } catch (IOException e) {
            throw new RefusedException("the video cannot be read (truncated or corrupt?): " + e.getMessage());
        }
    }
}
