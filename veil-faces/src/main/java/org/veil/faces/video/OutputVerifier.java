package org.veil.faces.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.files.CleanOptions;
import org.veil.files.CleanerRegistry;
import org.veil.files.Limits;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.veil.files.ScrubResult;
import org.veil.files.Scrubber;

/**
 * The last gate before a covered video is published. The MP4 ffmpeg wrote goes through the scrub pipeline (which
 * blanks the few fields ffmpeg still fills, such as the encoder name, and verifies independently), then must show no
 * metadata at all to the scrub inspector, and ffprobe must see exactly the streams Veil wrote, the frames it wrote,
 * no chapters, and no tags beyond the container's structural ones.
 */
final class OutputVerifier {
    /** Tags ffprobe derives from the container's structure; they say nothing about the recording. */
    private static final Set<String> STRUCTURAL_TAGS = Set.of("TAG:major_brand", "TAG:minor_version",
            "TAG:compatible_brands", "TAG:language", "TAG:handler_name", "TAG:vendor_id");
    private static final Set<String> STRUCTURAL_VALUES = Set.of("isom", "512", "und", "VideoHandler",
            "SoundHandler", "[0][0][0][0]");

    private final Ffmpeg ffmpeg;
    private final Scrubber scrubber;

    OutputVerifier(Ffmpeg ffmpeg, VideoLimits limits) {
        this.ffmpeg = ffmpeg;
        Limits d = Limits.defaults();
        this.scrubber = new Scrubber(CleanerRegistry.standard(), CleanOptions.defaults(),
                new Limits(limits.maxOutputBytes(), d.maxImagePixels(), d.maxArchiveEntries(), d.maxUnpackedBytes(),
                        d.maxCompressionRatio(), d.maxNesting()));
    }

    /** Cleans {@code file} in place (it is Veil's own unpublished temporary file) and verifies it. */
    void verify(Path file, long frames, int audioStreams) throws RefusedException {
        ScrubResult r = scrubber.scrub(file, file, (out, data) -> Files.write(out, data));
        if (r instanceof ScrubResult.Refused refused) {
            throw new RefusedException("the covered video failed the metadata scrub: " + refused.reason());
        }
        List<MetadataItem> left = scrubber.inspect(file).items();
        if (!left.isEmpty()) {
            throw new RefusedException("the covered video still carries metadata (" + left.get(0) + "); refused");
        }
        List<String> problems = probeProblems(file, frames, audioStreams);
        if (!problems.isEmpty()) {
            throw new RefusedException("the covered video failed verification: " + String.join("; ", problems));
        }
    }

    private List<String> probeProblems(Path file, long frames, int audioStreams) throws RefusedException {
        String text;
        try {
            text = Ffmpeg.run(List.of(ffmpeg.ffprobe().toString(), "-v", "error", "-protocol_whitelist", "file",
                    "-f", "mov", "-show_entries", "stream=index,codec_type,nb_frames:stream_tags:format_tags",
                    "-show_chapters", "-of", "default", "file:" + file.toAbsolutePath()));
        } catch (IOException e) {
            throw new RefusedException("the covered video cannot be re-read: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        int video = 0;
        int audio = 0;
        for (FfprobeOutput.Section s : FfprobeOutput.parse(text)) {
            switch (s.name()) {
                case "CHAPTER" -> problems.add("a chapter");
                case "STREAM" -> {
                    String type = s.fields().getOrDefault("codec_type", "");
                    if (type.equals("video")) {
                        video++;
                        String n = s.fields().getOrDefault("nb_frames", "");
                        if (!n.equals(Long.toString(frames))) {
                            problems.add(n + " video frames instead of the " + frames + " written");
                        }
                    } else if (type.equals("audio")) {
                        audio++;
                    } else {
                        problems.add("a " + type + " stream");
                    }
                }
                default -> {
                }
            }
            for (Map.Entry<String, String> f : s.fields().entrySet()) {
                if (f.getKey().startsWith("TAG:") && !structural(f.getKey(), f.getValue())) {
                    problems.add("tag " + f.getKey().substring(4) + "=" + f.getValue());
                }
            }
        }
        if (video != 1 || audio != audioStreams) {
            problems.add(video + " video and " + audio + " audio streams instead of 1 and " + audioStreams);
        }
        return problems;
    }

    /** A structural tag with a value that carries nothing (brands are checked by the scrub verifier). */
    private static boolean structural(String key, String value) {
        if (!STRUCTURAL_TAGS.contains(key)) {
            return false;
        }
        return key.equals("TAG:compatible_brands") || STRUCTURAL_VALUES.contains(value);
    }
}
