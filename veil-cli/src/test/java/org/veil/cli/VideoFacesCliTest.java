package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.faces.video.Ffmpeg;

/** {@code veil faces VIDEO} through the real command line: where the output goes, and what is refused. */
class VideoFacesCliTest {
    @TempDir
    Path dir;

    /** A one-second 160×120 test pattern with a tone, made by ffmpeg; the test is skipped without ffmpeg. */
    private Path clip(String name) throws IOException, InterruptedException {
        Ffmpeg ffmpeg = Ffmpeg.find().orElse(null);
        assumeTrue(ffmpeg != null, "ffmpeg not installed (Debian: apt install ffmpeg): video CLI test skipped");
        Path out = dir.resolve(name);
        Process p = new ProcessBuilder(ffmpeg.ffmpeg().toString(), "-v", "error", "-f", "lavfi", "-i",
                "testsrc=size=160x120:rate=25:duration=1", "-f", "lavfi", "-i", "sine=duration=1",
                "-pix_fmt", "yuv420p", "-c:a", "aac", "-metadata", "title=Secret Title", "-movflags", "+faststart",
                out.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, p.waitFor());
        return out;
    }

    private List<String> leftovers(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".veil-")).toList();
        }
    }

    @Test
    void aVideoIsCoveredIntoTheOutputFolderAndNeverOverwrittenWithoutForce() throws Exception {
        Path video = clip("clip.mov");
        Path outDir = dir.resolve("out");
        CliTest.Run r = CliTest.run("faces", video.toString(), "-o", outDir.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        Path out = outDir.resolve("clip.mp4");
        assertTrue(Files.size(out) > 0);
        assertTrue(r.out().contains("25 frames covered") || r.out().contains("of 25 frames covered"), r.out());
        assertTrue(r.out().contains("audio kept"), r.out());
        assertTrue(r.err().contains("25 frames in"), "summary line: " + r.err());
        assertFalse(new String(Files.readAllBytes(out), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("Secret"));
        byte[] first = Files.readAllBytes(out);
        r = CliTest.run("faces", video.toString(), "-o", outDir.toString());
        assertEquals(ScrubCommand.SOME_REFUSED, r.code(), r.out());
        assertTrue(r.out().contains("already exists"), r.out());
        assertTrue(Arrays.equals(first, Files.readAllBytes(out)), "not replaced");
        r = CliTest.run("faces", "--force", "--no-audio", video.toString(), "-o", outDir.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("no audio"), r.out());
        // Beside the input: clip.faces.mp4; a link in its place is refused, not followed.
        Path target = dir.resolve("elsewhere.mp4");
        Files.writeString(target, "keep me");
        Files.createSymbolicLink(dir.resolve("clip.faces.mp4"), target);
        r = CliTest.run("faces", "--force", video.toString());
        assertTrue(r.out().contains("symbolic link"), r.out());
        assertEquals("keep me", Files.readString(target));
        assertEquals(List.of(), leftovers(outDir));
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void aTruncatedVideoIsRefusedAndLeavesNothingBehind() throws Exception {
        Path video = clip("whole.mp4");
        byte[] b = Files.readAllBytes(video);
        Path cut = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(b, b.length / 2));
        Path outDir = Files.createDirectory(dir.resolve("out"));
        CliTest.Run r = CliTest.run("faces", cut.toString(), "-o", outDir.toString());
        assertEquals(ScrubCommand.SOME_REFUSED, r.code(), r.out());
        assertTrue(r.out().contains("refused") && r.out().contains("truncated"), r.out());
        assertFalse(r.err().contains("Exception"), r.err());
        try (Stream<Path> s = Files.list(outDir)) {
            assertEquals(0, s.count(), "nothing written");
        }
        r = CliTest.run("faces", "--preview", video.toString(), "-o", outDir.toString());
        assertTrue(r.out().contains("--preview is for photos"), r.out());
    }
}
