package org.veil.faces.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.faces.Box;
import org.veil.faces.FaceDetector;
import org.veil.faces.StandardFaceDetectors;

/**
 * With the real detector: in every frame of the covered clip, every face is covered (its centre changed far more
 * than compression noise). A face counts as present in a frame once at least half of it is inside the picture.
 */
class VideoCoverageTest {
    private static FaceDetector detector;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        detector = StandardFaceDetectors.create();
    }

    @AfterAll
    static void close() {
        detector.close();
    }

    @Test
    void aFaceMovingAcrossThePictureIsCoveredInEveryFrame() throws Exception {
        Ffmpeg ffmpeg = TestClips.ffmpegOrSkip();
        TestClips.Clip clip = TestClips.make(ffmpeg, dir.resolve("moving.mp4"), 60,
                f -> List.of(new int[] {5 + f * 36 / 10, 40 + (int) Math.round(30 * Math.sin(f / 10.0))}),
                List.of("-c:a", "aac"));
        assertEveryFaceCovered(ffmpeg, clip);
    }

    @Test
    void facesEnteringAndLeavingAreCoveredInEveryFrameTheyAreIn() throws Exception {
        Ffmpeg ffmpeg = TestClips.ffmpegOrSkip();
        TestClips.Clip clip = TestClips.make(ffmpeg, dir.resolve("entering.mp4"), 75, f -> {
            List<int[]> at = new ArrayList<>();
            // One slides in from the left edge, stops, and slides out of the right edge...
            int x = f < 30 ? -96 + f * 7 : f < 45 ? 110 : 110 + (f - 44) * 8;
            at.add(new int[] {x, 5});
            // ...another appears from nowhere at frame 20 and is gone from frame 50 (cuts).
            if (f >= 20 && f < 50) {
                at.add(new int[] {200, 115});
            }
            return at;
        }, List.of("-c:a", "aac"));
        assertEveryFaceCovered(ffmpeg, clip);
    }

    private void assertEveryFaceCovered(Ffmpeg ffmpeg, TestClips.Clip clip) throws Exception {
        // The measure must be able to fail: on the uncovered clip no face reaches the threshold.
        List<int[]> original = TestClips.decode(ffmpeg, clip.file());
        assertEquals(clip.frames().size(), original.size());
        for (int f = 0; f < original.size(); f++) {
            for (Box face : clip.faces().get(f)) {
                if (TestClips.visible(face) > 0) {
                    double c = TestClips.change(original.get(f), clip.frames().get(f), face);
                    assertTrue(c < TestClips.COVERED / 2, "uncovered frame " + f + " already differs by " + c);
                }
            }
        }
        Path out = dir.resolve("covered.mp4");
        VideoRedactor.Result r = new VideoRedactor(ffmpeg, detector, VideoLimits.defaults())
                .redact(clip.file(), out, VideoRedactor.Options.defaults(), (done, expected) -> { });
        assertEquals(clip.frames().size(), r.frames());
        List<int[]> covered = TestClips.decode(ffmpeg, out);
        assertEquals(clip.frames().size(), covered.size(), "frame count");
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (int f = 0; f < covered.size(); f++) {
            for (Box face : clip.faces().get(f)) {
                if (TestClips.visible(face) >= 0.5) {
                    checked++;
                    double c = TestClips.change(covered.get(f), clip.frames().get(f), face);
                    if (c < TestClips.COVERED) {
                        leaks.add(String.format(Locale.ROOT, "frame %d face at %.0f,%.0f (%.0f%% visible): change %.0f",
                                f, face.x(), face.y(), 100 * TestClips.visible(face), c));
                    }
                }
            }
        }
        assertTrue(checked > clip.frames().size() / 2, "too few faces checked: " + checked);
        assertTrue(leaks.isEmpty(), leaks.size() + " of " + checked + " faces visible: " + leaks);
    }
}
