package org.veil.faces.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.faces.Box;
import org.veil.faces.Face;
import org.veil.faces.FaceDetector;
import org.veil.faces.FaceRedactor;
import org.veil.files.RefusedException;

/**
 * The video pipeline around the detector (sound, metadata, containers, refusals), with a detector that reports one
 * fixed box so that these tests are about the pipeline and stay fast.
 */
class VideoRedactorTest {
    /** Reports one box in every frame. */
    static final class FixedDetector implements FaceDetector {
        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public List<Face> detect(BufferedImage image) {
            return List.of(new Face(new Box(100, 80, 60, 70), 0.9, "fixed"));
        }
    }

    @TempDir
    Path dir;

    private VideoRedactor redactor(Ffmpeg ffmpeg) {
        return new VideoRedactor(ffmpeg, new FixedDetector(), VideoLimits.defaults());
    }

    private static VideoRedactor.Options audio(boolean keep) {
        return new VideoRedactor.Options(FaceRedactor.Options.defaults(), keep, 1, VideoRedactor.Options.DEFAULT_HOLD);
    }

    private TestClips.Clip still(Ffmpeg ffmpeg, String name, List<String> extra) throws Exception {
        return TestClips.make(ffmpeg, dir.resolve(name), 25, f -> List.of(new int[] {80, 40}), extra);
    }

    private static String probe(Ffmpeg ffmpeg, Path file) throws IOException {
        return Ffmpeg.run(List.of(ffmpeg.ffprobe().toString(), "-v", "error", "-show_format", "-show_streams",
                "-show_chapters", file.toString()));
    }

    @Test
    void soundIsKeptByDefaultAndDroppedOnRequest() throws Exception {
        Ffmpeg ffmpeg = TestClips.ffmpegOrSkip();
        TestClips.Clip clip = still(ffmpeg, "talk.mp4", List.of("-c:a", "aac"));
        Path kept = dir.resolve("kept.mp4");
        VideoRedactor.Result r = redactor(ffmpeg).redact(clip.file(), kept, audio(true), (d, e) -> { });
        assertEquals(1, r.audioStreams());
        assertFalse(r.audioReencoded(), "AAC goes into MP4 as it is");
        assertTrue(probe(ffmpeg, kept).contains("codec_type=audio"));
        Path silent = dir.resolve("silent.mp4");
        assertEquals(0, redactor(ffmpeg).redact(clip.file(), silent, audio(false), (d, e) -> { }).audioStreams());
        String p = probe(ffmpeg, silent);
        assertFalse(p.contains("codec_type=audio"), p);
        assertTrue(p.contains("codec_type=video"), p);
        assertEquals(25, r.frames());
        assertEquals(25, r.coveredFrames(), "the fixed box is covered in every frame");
    }

    @Test
    void plantedMetadataDoesNotSurvive() throws Exception {
        Ffmpeg ffmpeg = TestClips.ffmpegOrSkip();
        Path chapters = dir.resolve("chapters.txt");
        Files.writeString(chapters, ";FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=500\n"
                + "title=Chapter Secret\n");
        TestClips.Clip clip = TestClips.make(ffmpeg, dir.resolve("tagged.mov"), 25,
                f -> List.of(new int[] {80, 40}), List.of("-f", "mov"));
        // The clip again with tags at every level, a chapter and a subtitle stream.
        Path srt = dir.resolve("s.srt");
        Files.writeString(srt, "1\n00:00:00,000 --> 00:00:00,900\nSubtitle Secret\n");
        Path tagged = dir.resolve("tagged-full.mov");
        Ffmpeg.run(List.of(ffmpeg.ffmpeg().toString(), "-v", "error", "-i", clip.file().toString(),
                "-i", chapters.toString(), "-i", srt.toString(), "-map", "0", "-map", "2", "-map_chapters", "1",
                "-c:v", "copy", "-c:a", "copy", "-c:s", "mov_text",
                "-metadata", "title=Title Secret", "-metadata", "artist=Artist Secret",
                "-metadata", "location=+48.8583+002.2945/", "-metadata", "creation_time=2021-06-01T12:00:00Z",
                "-metadata", "comment=Comment Secret", "-metadata:s:v", "handler_name=Handler Secret",
                "-metadata:s:a", "language=fra", "-f", "mov", tagged.toString()));
        String before = probe(ffmpeg, tagged);
        assertTrue(before.contains("Title Secret") && before.contains("48.8583") && before.contains("2021-06-01")
                && before.contains("Chapter Secret") && before.contains("codec_type=subtitle"), before);
        Path out = dir.resolve("clean.mp4");
        redactor(ffmpeg).redact(tagged, out, audio(true), (d, e) -> { });
        String after = probe(ffmpeg, out);
        for (String s : List.of("Secret", "48.85", "2.29", "2021", "language=fra", "CHAPTER", "subtitle", "Lavf",
                "Lavc", "creation_time", "TAG:encoder")) {
            assertFalse(after.contains(s), s + " survived:\n" + after);
        }
        String raw = new String(Files.readAllBytes(out), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("x264") || raw.contains("Lavf") || raw.contains("Secret"), "encoder or tags in bytes");
        if (Files.isExecutable(Path.of("/usr/bin/exiftool"))) {
            String exif = Ffmpeg.run(List.of("/usr/bin/exiftool", "-a", "-G1", out.toString()));
            for (String s : List.of("Secret", "48.85", "2021", "Lavc")) {
                assertFalse(exif.contains(s), s + " seen by exiftool:\n" + exif);
            }
            assertTrue(exif.contains("Create Date") && exif.contains("0000:00:00 00:00:00"), exif);
        }
    }

    @Test
    void aWebmIsRecognisedByContentAndBecomesAnMp4WithItsOpusSound() throws Exception {
        Ffmpeg ffmpeg = TestClips.ffmpegOrSkip();
        // Named .dat: the container is judged from the bytes.
        TestClips.Clip clip = still(ffmpeg, "clip.dat", List.of("-c:v", "libvpx-vp9", "-b:v", "300k",
                "-c:a", "libopus", "-f", "webm"));
        assertEquals(VideoContainer.MATROSKA, VideoContainer.sniff(clip.file()).orElseThrow());
        Path out = dir.resolve("out.mp4");
        VideoRedactor.Result r = redactor(ffmpeg).redact(clip.file(), out, audio(true), (d, e) -> { });
        assertEquals(25, r.frames());
        assertFalse(r.audioReencoded());
        String p = probe(ffmpeg, out);
        assertTrue(p.contains("codec_name=opus") && p.contains("format_name=mov,mp4"), p);
    }

    @Test
    void vorbisSoundIsReencodedForMp4() throws Exception {
        Ffmpeg ffmpeg = TestClips.ffmpegOrSkip();
        TestClips.Clip clip = still(ffmpeg, "clip.mkv", List.of("-c:v", "mpeg4", "-c:a", "libvorbis",
                "-f", "matroska"));
        Path out = dir.resolve("out.mp4");
        VideoRedactor.Result r = redactor(ffmpeg).redact(clip.file(), out, audio(true), (d, e) -> { });
        assertTrue(r.audioReencoded());
        assertTrue(probe(ffmpeg, out).contains("codec_name=aac"));
    }

    @Test
    void truncatedCorruptAndForeignFilesAreRefused() throws Exception {
        Ffmpeg ffmpeg = TestClips.ffmpegOrSkip();
        TestClips.Clip clip = still(ffmpeg, "whole.mp4", List.of("-c:a", "aac", "-movflags", "+faststart"));
        byte[] bytes = Files.readAllBytes(clip.file());
        Path cut = dir.resolve("cut.mp4");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length * 6 / 10));
        Path out = dir.resolve("out.mp4");
        RefusedException e = assertThrows(RefusedException.class,
                () -> redactor(ffmpeg).redact(cut, out, audio(true), (d, x) -> { }));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        // Cut before the index (index at the end, as cameras write it): ffprobe cannot read it at all.
        TestClips.Clip late = still(ffmpeg, "late.mp4", List.of("-c:a", "aac"));
        byte[] lb = Files.readAllBytes(late.file());
        Path cut2 = dir.resolve("cut2.mp4");
        Files.write(cut2, java.util.Arrays.copyOf(lb, lb.length * 6 / 10));
        e = assertThrows(RefusedException.class, () -> redactor(ffmpeg).redact(cut2, out, audio(true), (d, x) -> { }));
        assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
        // Garbage after a valid header.
        byte[] junk = bytes.clone();
        new java.util.Random(1).ints(junk.length / 2, 0, 256).forEach(new java.util.function.IntConsumer() {
            int i = junk.length / 3;

            @Override
            public void accept(int v) {
                if (i < junk.length) {
                    junk[i++] = (byte) v;
                }
            }
        });
        Path bad = dir.resolve("bad.mp4");
        Files.write(bad, junk);
        assertThrows(RefusedException.class, () -> redactor(ffmpeg).redact(bad, out, audio(true), (d, x) -> { }));
        Path photo = dir.resolve("photo.mp4");
        Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        e = assertThrows(RefusedException.class, () -> redactor(ffmpeg).redact(photo, out, audio(true), (d, x) -> { }));
        assertTrue(e.getMessage().contains("not an MP4"), e.getMessage());
    }

    @Test
    void limitsAndKeepAreRefused() throws Exception {
        Ffmpeg ffmpeg = TestClips.ffmpegOrSkip();
        TestClips.Clip clip = still(ffmpeg, "c.mp4", List.of("-c:a", "aac"));
        Path out = dir.resolve("out.mp4");
        VideoRedactor shortOnly = new VideoRedactor(ffmpeg, new FixedDetector(), new VideoLimits(0.5, 1 << 30, 1000,
                1 << 30));
        assertTrue(assertThrows(RefusedException.class, () -> shortOnly.probe(clip.file())).getMessage()
                .contains("over the limit"));
        VideoRedactor small = new VideoRedactor(ffmpeg, new FixedDetector(), new VideoLimits(60, 320 * 200, 1000,
                1 << 30));
        assertTrue(assertThrows(RefusedException.class, () -> small.probe(clip.file())).getMessage()
                .contains("megapixels"));
        VideoRedactor fewFrames = new VideoRedactor(ffmpeg, new FixedDetector(), new VideoLimits(60, 1 << 30, 10,
                1 << 30));
        assertTrue(assertThrows(RefusedException.class, () -> fewFrames.probe(clip.file())).getMessage()
                .contains("frames"));
        FaceRedactor.Options keep = new FaceRedactor.Options(FaceRedactor.Options.defaults().style(),
                FaceRedactor.Options.defaults().shape(), 1.3, 0.5, Set.of(1), List.of());
        assertThrows(RefusedException.class, () -> redactor(ffmpeg).redact(clip.file(), out,
                new VideoRedactor.Options(keep, true, 1, 8), (d, x) -> { }));
    }

    @Test
    void missingFfmpegIsNamedWithHowToInstallIt() {
        assertTrue(Ffmpeg.find("").isEmpty());
        assertTrue(Ffmpeg.MISSING.contains("apt install ffmpeg"));
    }
}
