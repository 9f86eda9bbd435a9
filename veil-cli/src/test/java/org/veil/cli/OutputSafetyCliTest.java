package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where commands may write: every output goes through {@link SafeOutput}, through the real command line. */
class OutputSafetyCliTest {
    private static final String TEXT = "Anna Smith called Bob Jones.\n";

    @TempDir
    Path dir;

    private Path input() throws IOException {
        return Files.writeString(dir.resolve("s.txt"), TEXT);
    }

    private Path sample(String name) throws IOException {
        return SampleFiles.extractTo(dir.resolve("dirty")).stream()
                .filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    /** A user error: exit 1, one line on stderr, no stack trace. */
    private static void assertUserError(CliTest.Run r, String expected) {
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("internal error"), r.err());
        assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("veil:")).count(), r.err());
    }

    @Test
    void anExistingOutputIsRefusedAndReplacedOnlyWithForce() throws IOException {
        Path in = input();
        Path existing = Files.writeString(dir.resolve("existing.txt"), "keep me");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r-----"));
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "-o", existing.toString());
        assertUserError(r, "already exists; use --force");
        assertEquals("keep me", Files.readString(existing));

        CliTest.Run forced = CliTest.run("text", "anonymize", in.toString(), "-o", existing.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals("[PERSON A] called [PERSON B].\n", Files.readString(existing));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)),
                "a replaced file keeps its permissions");
        assertNoTemporaryFiles();
    }

    @Test
    void anExistingReportIsRefusedToo() throws IOException {
        Path in = input();
        Path report = Files.writeString(dir.resolve("report.txt"), "old report");
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "-o", dir.resolve("out.txt").toString(),
                "--report", report.toString());
        assertUserError(r, "already exists");
        assertEquals("old report", Files.readString(report));
        assertFalse(Files.exists(dir.resolve("out.txt")), "refused before anything was written");
        CliTest.Run same = CliTest.run("text", "anonymize", in.toString(), "-o", dir.resolve("x.txt").toString(),
                "--report", dir.resolve("x.txt").toString());
        assertUserError(same, "same file");
    }

    @Test
    void aSymbolicLinkIsRefusedEvenWithForce() throws IOException {
        Path in = input();
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "not yours");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), elsewhere);
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "-o", link.toString(), "--force");
        assertUserError(r, "symbolic link");
        assertTrue(Files.isSymbolicLink(link), "the link itself is not replaced by a file");
        assertEquals("not yours", Files.readString(elsewhere), "nor is the file it points to written");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        assertUserError(CliTest.run("text", "anonymize", in.toString(), "-o", dangling.toString()), "symbolic link");
        assertFalse(Files.exists(dir.resolve("nowhere.txt")));
    }

    @Test
    void aFolderOrDeviceIsRefused() throws IOException {
        Path in = input();
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertUserError(CliTest.run("text", "anonymize", in.toString(), "-o", folder.toString(), "--force"),
                "is a folder");
        assertUserError(CliTest.run("text", "anonymize", in.toString(), "-o", "/dev/null", "--force"),
                "device, pipe or socket");
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void theOutputIsNeverTheInput() throws IOException {
        Path in = input();
        Path symlink = Files.createSymbolicLink(dir.resolve("alias.txt"), in);
        Path hardLink = Files.createLink(dir.resolve("hard.txt"), in);
        for (Path out : List.of(in, dir.resolve(".").resolve("s.txt"), symlink, hardLink)) {
            CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "-o", out.toString(), "--force");
            assertUserError(r, "input of this run");
            assertEquals(TEXT, Files.readString(in), "input overwritten through " + out);
        }
        assertTrue(Files.isSymbolicLink(symlink));
    }

    @Test
    void theVaultAndThePolicyFileAreInputsToo() throws IOException {
        Path in = input();
        Path vault = Files.writeString(dir.resolve("v.vault"), "pretend vault");
        assertUserError(CliTest.run("text", "anonymize", in.toString(), "--vault", vault.toString(), "-o",
                vault.toString(), "--force"), "input of this run");
        assertEquals("pretend vault", Files.readString(vault));
        Path policy = Files.writeString(dir.resolve("p.yaml"), "default: placeholder\n");
        assertUserError(CliTest.run("text", "anonymize", in.toString(), "--policy", policy.toString(), "--report",
                policy.toString(), "--force"), "input of this run");
        assertEquals("default: placeholder\n", Files.readString(policy));
    }

    @Test
    void scrubNeverWritesOverAnInputThroughAHardLinkInTheOutputFolder() throws IOException {
        Path page = sample("page.html");
        byte[] before = Files.readAllBytes(page);
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.createLink(out.resolve("page.html"), page);
        CliTest.Run r = CliTest.run("scrub", "--force", "-o", out.toString(), page.toString());
        assertEquals(ScrubCommand.SOME_REFUSED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("input of this run"), r.out());
        assertArrayEquals(before, Files.readAllBytes(page));
    }

    @Test
    void dashIsStandardOutputAndNoFileNamedDash() throws IOException {
        Path in = input();
        Path dash = Path.of("-");
        boolean existedBefore = Files.exists(dash, LinkOption.NOFOLLOW_LINKS);
        try {
            CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "-o", "-");
            assertEquals(0, r.code(), r.err());
            assertEquals("[PERSON A] called [PERSON B].\n", r.out());
            assertTrue(r.err().contains("Residual risk"), "the report still goes to stderr: " + r.err());
            assertEquals(existedBefore, Files.exists(dash, LinkOption.NOFOLLOW_LINKS), "a file named '-' appeared");
            CliTest.Run report = CliTest.run("text", "anonymize", in.toString(), "-o",
                    dir.resolve("o.txt").toString(), "--report", "-");
            assertEquals(0, report.code(), report.err());
            assertTrue(report.out().contains("Residual risk"), report.out());
        } finally {
            if (!existedBefore) {
                Files.deleteIfExists(dash);
            }
        }
        // scrub: -o names a folder, and standard output holds one cleaned file only.
        assertUserError(CliTest.run("scrub", "-o", "-", in.toString(), in.toString()), "takes exactly one file");
    }

    @Test
    void aMissingFolderIsAClearUserError() throws IOException {
        Path in = input();
        Path out = dir.resolve("missing").resolve("out.txt");
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "-o", out.toString());
        assertUserError(r, "does not exist");
        assertTrue(r.err().contains("cannot write " + out), r.err());
        assertTrue(r.out().isEmpty(), r.out());
        assertFalse(Files.exists(out.getParent()));
    }

    @Test
    void twoInputsWithTheSameNameDoNotOverwriteEachOther() throws IOException {
        Path page = sample("page.html");
        Path d1 = Files.createDirectory(dir.resolve("d1"));
        Path d2 = Files.createDirectory(dir.resolve("d2"));
        Files.copy(page, d1.resolve("page.html"));
        Files.writeString(d2.resolve("page.html"), "<html><head><meta name=\"author\" content=\"Other\"></head>"
                + "<body>second page</body></html>");
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("scrub", "-o", out.toString(), d1.resolve("page.html").toString(),
                d2.resolve("page.html").toString());
        assertEquals(ScrubCommand.SOME_REFUSED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("1 cleaned, 1 refused"), r.out());
        assertTrue(r.out().contains("refused  " + d2.resolve("page.html")), r.out());
        String written = Files.readString(out.resolve("page.html"));
        assertTrue(written.contains("the convoy left at dawn") && !written.contains("second page"), written);
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aSecondRunDoesNotReplaceTheFirstOnesOutputWithoutForce() throws IOException {
        Path page = sample("page.html");
        assertEquals(0, CliTest.run("scrub", page.toString()).code());
        Path clean = page.resolveSibling("page.clean.html");
        Files.writeString(clean, "edited by hand");
        CliTest.Run again = CliTest.run("scrub", page.toString());
        assertEquals(ScrubCommand.SOME_REFUSED, again.code(), again.out());
        assertTrue(again.out().contains("already exists; use --force"), again.out());
        assertEquals("edited by hand", Files.readString(clean));
        assertEquals(0, CliTest.run("scrub", "--force", page.toString()).code());
        assertTrue(Files.readString(clean).contains("the convoy left at dawn"));
    }

    @Test
    void anEmptyArgumentIsAUsageErrorForEveryCommand() throws IOException {
        Path in = input();
        Path folder = Files.createDirectory(dir.resolve("cwd-like"));
        Files.copy(sample("photo.jpg"), folder.resolve("photo.jpg"));
        for (String[] args : List.of(new String[] {"scrub", ""}, new String[] {"scrub", "show", ""},
                new String[] {"faces", ""}, new String[] {"text", "detect", ""},
                new String[] {"text", "anonymize", ""}, new String[] {"text", "anonymize", in.toString(), "-o", ""},
                new String[] {"text", "anonymize", in.toString(), "--report="},
                new String[] {"scrub", "-o", "", folder.toString()}, new String[] {"vault", "list", ""})) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(1, r.code(), String.join(" ", args) + ": " + r);
            assertTrue(r.err().contains("empty argument"), r.err());
            assertTrue(r.out().isEmpty(), r.out());
        }
        try (Stream<Path> s = Files.list(folder)) {
            assertEquals(1, s.count(), "nothing was written");
        }
    }

    @Test
    void inPlaceKeepsThePermissions() throws IOException {
        Path page = sample("page.html");
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-r-----"));
        CliTest.Run r = CliTest.run("scrub", "--in-place", page.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertFalse(Files.readString(page).contains("Ivan Petrov-Secret"));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
        assertNoTemporaryFiles();
    }

    @Test
    void inPlaceRefusesAHardLinkedFileWhoseOtherNameWouldKeepTheMetadata() throws IOException {
        Path page = sample("page.html");
        byte[] before = Files.readAllBytes(page);
        Path other = Files.createLink(dir.resolve("other-name.html"), page);
        CliTest.Run r = CliTest.run("scrub", "--in-place", page.toString());
        assertEquals(ScrubCommand.SOME_REFUSED, r.code(), r.out());
        assertTrue(r.out().contains("hard links"), r.out());
        assertArrayEquals(before, Files.readAllBytes(other));
        assertArrayEquals(before, Files.readAllBytes(page));
    }

    @Test
    void aNewOutputGetsTheUsualPermissionsOfANewFile() throws IOException {
        Path in = input();
        Path reference = Files.createFile(dir.resolve("reference"));
        Path out = dir.resolve("new.txt");
        assertEquals(0, CliTest.run("text", "anonymize", in.toString(), "-o", out.toString()).code());
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out));
    }

    @Test
    void inPlaceRefusesASymbolicLink() throws IOException {
        Path page = sample("page.html");
        byte[] before = Files.readAllBytes(page);
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), page);
        CliTest.Run r = CliTest.run("scrub", "--in-place", link.toString());
        assertEquals(ScrubCommand.SOME_REFUSED, r.code(), r.out());
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(before, Files.readAllBytes(page));
    }

    @Test
    void aNewlineInAFileNameKeepsTheReportOneLinePerFile() throws IOException {
        Path odd = dir.resolve("two\nlines.html");
        Files.copy(sample("page.html"), odd);
        CliTest.Run r = CliTest.run("scrub", odd.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(2, r.out().lines().count(), r.out());
        assertTrue(r.out().contains("two\\nlines.html -> "), r.out());
        assertTrue(Files.exists(dir.resolve("two\nlines.clean.html")));
    }

    @Test
    void aNameThatWasNotUtf8GetsAHintInsteadOfOnlyNoSuchFile() throws IOException {
        // What the JVM makes of the bytes 'a', 0xFF, ".html" on a UTF-8 command line.
        CliTest.Run r = CliTest.run("scrub", dir.resolve("a\uFFFD.html").toString());
        assertEquals(ScrubCommand.SOME_REFUSED, r.code(), r.out());
        assertTrue(r.out().contains("not valid UTF-8"), r.out());
        CliTest.Run text = CliTest.run("text", "detect", dir.resolve("a\uFFFD.txt").toString());
        assertUserError(text, "not valid UTF-8");
    }

    @Test
    void trainRefusesAnExistingModelBeforeTraining() throws IOException {
        Path model = Files.writeString(dir.resolve("model.bin.gz"), "old model");
        CliTest.Run r = CliTest.run("train", "ru-ner", dir.toString(), "-o", model.toString());
        assertUserError(r, "already exists");
        assertEquals("old model", Files.readString(model));
        assertUserError(CliTest.run("train", "ru-ner", dir.toString(), "-o", "-"), "binary");
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            assertEquals(List.of(), s.filter(SafeOutput::isTemporary).toList());
        }
    }
}
