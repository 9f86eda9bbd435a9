package org.veil.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options travel from the command line to the job as arguments and come back the same. */
class CorpusOptionsTest {
    @TempDir
    Path dir;

    @Test
    void argumentsRoundTrip() {
        CorpusOptions o = CorpusOptions.of("in", "out").withVault("v.vault").withPolicy("pseudonymise")
                .withMaster("spark://h:7077").withFormat(CorpusOptions.Format.PARQUET, "body", "key").withLang("ru");
        assertEquals(o, CorpusOptions.parse(o.toArgs().toArray(String[]::new)));
        assertEquals(CorpusOptions.of("in", "out"), CorpusOptions.parse(new String[]{"in", "-o", "out"}));
    }

    @Test
    void badArgumentsAreRefusedInOneLine() {
        assertThrows(CorpusRefused.class, () -> CorpusOptions.parse(new String[]{"in"}));
        assertThrows(CorpusRefused.class, () -> CorpusOptions.parse(new String[]{"in", "-o", "out", "--format", "pdf"}));
        assertThrows(CorpusRefused.class, () -> CorpusOptions.parse(new String[]{"in", "-o", "out", "--lang", "de"}));
        assertThrows(CorpusRefused.class, () -> CorpusOptions.parse(new String[]{"in", "-o", "out", "--vault"}));
    }

    @Test
    void theLauncherGivesSparkItsJdk17OpensAndNeverThePassphrase() throws Exception {
        Files.createDirectories(dir.resolve(JobLauncher.LIB));
        Files.writeString(dir.resolve(JobLauncher.JOB_JAR), "");
        List<String> cmd = new JobLauncher(dir, "2g").command(CorpusOptions.of("in", "out").withVault("v").toArgs());
        assertTrue(cmd.containsAll(JobLauncher.JDK17_OPENS));
        assertTrue(cmd.contains(CorpusJob.class.getName()));
        assertTrue(cmd.stream().noneMatch(a -> a.contains("PASSPHRASE")));
        assertThrows(CorpusRefused.class, () -> new JobLauncher(dir.resolve("nothing"), "2g"));
    }
}
