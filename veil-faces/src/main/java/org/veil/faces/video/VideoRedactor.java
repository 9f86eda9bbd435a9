package org.veil.faces.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.veil.faces.Box;
import org.veil.faces.Face;
import org.veil.faces.FaceDetector;
import org.veil.faces.FaceRedactor;
import org.veil.faces.cover.Coverer;
import org.veil.files.RefusedException;

/**
 * Covers the faces in a video (MP4, MOV, MKV or WebM, judged by content). ffmpeg decodes the first video stream to
 * raw RGB frames on a pipe; each frame is examined by the photo detector, {@link FaceTracks} keeps faces covered
 * across missed and skipped frames, and the covered frames go on a pipe to a second ffmpeg, which encodes them
 * (H.264) into an MP4 together with the original audio (copied when MP4 can carry it, else re-encoded to AAC) and
 * nothing else: no metadata, chapters, subtitles or data streams. The result is then scrubbed and verified by
 * {@link OutputVerifier}. Any error from ffmpeg, a frame count that falls short of the stated duration, or a
 * failed verification refuses the video; the caller deletes the unpublished output then.
 */
public final class VideoRedactor {
    /**
     * How to cover a video. {@code cover} is the photo options (style, shape, margin, threshold, extra boxes, which
     * apply to every frame); {@code detectEvery} 1 examines every frame, k every k-th with tracking in between;
     * {@code holdFrames} is how long a face stays covered after (and before) the detector sees it.
     */
    public record Options(FaceRedactor.Options cover, boolean keepAudio, int detectEvery, int holdFrames) {
        public static final int DEFAULT_HOLD = 8;

        public Options {
            if (detectEvery < 1 || detectEvery > 30) {
                throw new IllegalArgumentException("detectEvery must be between 1 and 30, not " + detectEvery);
            }
            if (holdFrames < 1 || holdFrames > 60) {
                throw new IllegalArgumentException("holdFrames must be between 1 and 60, not " + holdFrames);
            }
        }

        public static Options defaults() {
            return new Options(FaceRedactor.Options.defaults(), true, 1, DEFAULT_HOLD);
        }
    }

    /** What was done: frames written, face tracks started, frames with at least one cover, audio streams kept. */
    public record Result(long frames, int faces, long coveredFrames, int audioStreams, boolean audioReencoded,
                         String encoder) {
    }

    /** Told after each frame is written; {@code expected} comes from the stated duration. */
    @FunctionalInterface
    public interface Progress {
        void frames(long done, long expected);
    }

    /** Audio codecs an MP4 carries as they are; anything else is re-encoded to AAC. */
    private static final Set<String> MP4_AUDIO = Set.of("aac", "mp3", "ac3", "eac3", "opus", "alac");
    /** Share of the expected frames below which a decode counts as cut short (a truncated file). */
    private static final double MIN_FRAME_SHARE = 0.9;

    private final Ffmpeg ffmpeg;
    private final FaceDetector detector;
    private final VideoLimits limits;

    public VideoRedactor(Ffmpeg ffmpeg, FaceDetector detector, VideoLimits limits) {
        this.ffmpeg = ffmpeg;
        this.detector = detector;
        this.limits = limits;
    }

    /** What ffprobe says about {@code input}, refusing what Veil will not process (see {@link VideoProbe}). */
    public VideoInfo probe(Path input) throws RefusedException {
        VideoContainer container = VideoContainer.sniff(input).orElseThrow(() -> new RefusedException(
                "not an MP4, MOV, MKV or WebM video"));
        return new VideoProbe(ffmpeg, limits).probe(input, container);
    }

    /**
     * Writes the covered video to {@code output}, an empty temporary file the caller created and publishes only
     * when this returns; on a refusal its content is undefined and the caller deletes it.
     */
    public Result redact(Path input, Path output, Options options, Progress progress) throws RefusedException {
        if (!options.cover().keep().isEmpty()) {
            throw new RefusedException("--keep does not apply to video (faces are not numbered across frames)");
        }
        VideoInfo info = probe(input);
        boolean reencodeAudio = !info.audioCodecs().stream().allMatch(MP4_AUDIO::contains);
        int audioStreams = options.keepAudio() ? info.audioCodecs().size() : 0;
        long frames;
        FaceTracks tracks = new FaceTracks(Math.max(options.holdFrames(), options.detectEvery()));
        try (ExternalProcess decoder = ExternalProcess.start(decodeCommand(input, info), false);
             ExternalProcess encoder = ExternalProcess.start(encodeCommand(input, output, info, audioStreams > 0,
                     reencodeAudio), true)) {
            Frames f = new Frames(info, options, tracks, progress);
            try {
                f.run(decoder.stdout(), encoder.stdin());
            } catch (IOException e) {
                // A broken pipe: one of the two processes ended early; its own message says why.
                decoder.close();
                encoder.close();
                String why = !encoder.errors().isEmpty() ? encoder.firstError() : decoder.firstError();
                throw new RefusedException("ffmpeg stopped: " + (why.isEmpty() ? e.getMessage() : why));
            }
            frames = f.written;
            int decoded = decoder.finish();
            if (decoded != 0 || !decoder.errors().isEmpty()) {
                throw new RefusedException("the video cannot be decoded cleanly (truncated or corrupt?): "
                        + (decoder.errors().isEmpty() ? "exit code " + decoded : decoder.firstError()));
            }
            if (frames < info.expectedFrames() * MIN_FRAME_SHARE - 1) {
                throw new RefusedException("only " + frames + " of the " + info.expectedFrames() + " frames its "
                        + "duration states could be decoded (truncated?)");
            }
            int encoded = encoder.finish();
            if (encoded != 0 || !encoder.errors().isEmpty()) {
                throw new RefusedException("ffmpeg could not encode the covered video: "
                        + (encoder.errors().isEmpty() ? "exit code " + encoded : encoder.firstError()));
            }
            new OutputVerifier(ffmpeg, limits).verify(output, frames, audioStreams);
            return new Result(frames, tracks.count(), f.coveredFrames, audioStreams,
                    audioStreams > 0 && reencodeAudio, ffmpeg.videoEncoder());
        } catch (IOException e) {
            throw new RefusedException("ffmpeg could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefusedException("interrupted");
        }
    }

    /** The frame loop: decode, detect, hold frames until their covers are final, cover, encode. */
    private final class Frames {
        private final VideoInfo info;
        private final Options options;
        private final FaceTracks tracks;
        private final Progress progress;
        private final Coverer coverer;
        private final int frameBytes;
        private final BufferedImage image;
        private final int[] pixels;
        private final Deque<byte[]> pending = new ArrayDeque<>();
        private final Deque<byte[]> spare = new ArrayDeque<>();
        private long written;
        private long coveredFrames;

        Frames(VideoInfo info, Options options, FaceTracks tracks, Progress progress) {
            this.info = info;
            this.options = options;
            this.tracks = tracks;
            this.progress = progress;
            FaceRedactor.Options c = options.cover();
            this.coverer = new Coverer(c.style(), c.shape(), c.margin());
            this.frameBytes = info.width() * info.height() * 3;
            this.image = new BufferedImage(info.width(), info.height(), BufferedImage.TYPE_INT_RGB);
            this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        }

        void run(InputStream decoded, OutputStream encoder) throws IOException, RefusedException {
            int index = 0;
            while (true) {
                byte[] frame = spare.isEmpty() ? new byte[frameBytes] : spare.pop();
                int n = decoded.readNBytes(frame, 0, frameBytes);
                if (n == 0) {
                    break;
                }
                if (n < frameBytes) {
                    throw new RefusedException("the decoder stopped in the middle of frame " + (index + 1));
                }
                if (index >= limits.maxFrames()) {
                    throw new RefusedException("more than " + limits.maxFrames() + " frames decoded; over the limit");
                }
                if (index % options.detectEvery() == 0) {
                    toPixels(frame, pixels);
                    tracks.observe(index, detect());
                }
                pending.add(frame);
                // A frame is final once detection has run hold frames past it.
                while (!pending.isEmpty() && written + tracks.hold() <= index) {
                    emit(encoder);
                }
                index++;
            }
            while (!pending.isEmpty()) {
                emit(encoder);
            }
            encoder.flush();
        }

        private List<Box> detect() {
            List<Box> boxes = new ArrayList<>();
            for (Face f : detector.detect(image)) {
                if (f.score() >= options.cover().threshold()) {
                    boxes.add(f.box());
                }
            }
            return boxes;
        }

        private void emit(OutputStream encoder) throws IOException {
            byte[] frame = pending.poll();
            int index = (int) written;
            List<Box> boxes = new ArrayList<>(tracks.boxesFor(index));
            boxes.addAll(options.cover().extraBoxes());
            if (!boxes.isEmpty()) {
                toPixels(frame, pixels);
                for (Box b : boxes) {
                    coverer.cover(image, b);
                }
                toBytes(pixels, frame);
                coveredFrames++;
            }
            encoder.write(frame);
            spare.push(frame);
            written++;
            tracks.forgetBefore(index + 1);
            progress.frames(written, info.expectedFrames());
        }
    }

    private static void toPixels(byte[] rgb, int[] px) {
        for (int i = 0, j = 0; i < px.length; i++, j += 3) {
            px[i] = (rgb[j] & 0xFF) << 16 | (rgb[j + 1] & 0xFF) << 8 | (rgb[j + 2] & 0xFF);
        }
    }

    private static void toBytes(int[] px, byte[] rgb) {
        for (int i = 0, j = 0; i < px.length; i++, j += 3) {
            int c = px[i];
            rgb[j] = (byte) (c >> 16);
            rgb[j + 1] = (byte) (c >> 8);
            rgb[j + 2] = (byte) c;
        }
    }

    private List<String> decodeCommand(Path input, VideoInfo info) {
        return List.of(ffmpeg.ffmpeg().toString(), "-hide_banner", "-nostdin", "-v", "error",
                "-protocol_whitelist", "file", "-f", info.container().demuxer(), "-i", "file:" + input.toAbsolutePath(),
                "-map", "0:" + info.videoStream(), "-an", "-sn", "-dn",
                // A constant rate (frames repeated or dropped as the timestamps say) keeps the audio in sync.
                "-fps_mode", "cfr", "-r", info.rate(),
                "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1");
    }

    private List<String> encodeCommand(Path input, Path output, VideoInfo info, boolean audio, boolean reencode) {
        List<String> c = new ArrayList<>(List.of(ffmpeg.ffmpeg().toString(), "-hide_banner", "-v", "error",
                "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", info.width() + "x" + info.height(),
                "-framerate", info.rate(), "-i", "pipe:0"));
        if (audio) {
            c.addAll(List.of("-protocol_whitelist", "file", "-f", info.container().demuxer(),
                    "-i", "file:" + input.toAbsolutePath(), "-map", "0:v:0", "-map", "1:a"));
            c.addAll(reencode ? List.of("-c:a", "aac", "-b:a", "192k") : List.of("-c:a", "copy"));
        } else {
            c.addAll(List.of("-map", "0:v:0"));
        }
        if (ffmpeg.videoEncoder().equals("libx264")) {
            // SEI units (type 6) carry x264's version and settings string; nothing in them is needed for playback.
            c.addAll(List.of("-c:v", "libx264", "-preset", "veryfast", "-crf", "18",
                    "-bsf:v", "filter_units=remove_types=6"));
        } else {
            c.addAll(List.of("-c:v", "mpeg4", "-q:v", "3"));
        }
        // 4:2:0 needs an even width and height: an odd one gets a one-pixel black edge.
        c.addAll(List.of("-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-pix_fmt", "yuv420p",
                "-map_metadata", "-1", "-map_chapters", "-1", "-sn", "-dn",
                "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
                "-f", "mp4", "-y", "file:" + output.toAbsolutePath()));
        return c;
    }
}
