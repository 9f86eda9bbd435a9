package org.veil.files.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.media.MediaFixtures.assertNoPlantedValue;
import static org.veil.files.media.MediaFixtures.assertPlantedInFixture;
import static org.veil.files.media.MediaFixtures.load;
import static org.veil.files.media.MediaFixtures.scrub;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.files.CleanerRegistry;
import org.veil.files.FileType;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.TypeDetector;
import org.veil.files.Limits;

/**
 * Every fixture, through the whole pipeline: planted values gone, verifier satisfied, listing complete. (A FLAC
 * behind an ID3v2 tag is detected as MP3 by the shared detector, so {@link FlacCleanerTest} covers it directly.)
 */
class MediaCleanerTest {
    private static final String ALL = "tagged.mp3,tagged-trailers.mp3,tagged.flac,tagged.ogg,"
            + "tagged.opus,tagged.wav,tagged.aiff,tagged.mp4,tagged.mov,tagged.m4a,xmp.mp4,fragmented.mp4";

    @ParameterizedTest
    @ValueSource(strings = {"tagged.mp3", "tagged-trailers.mp3", "tagged.flac", "tagged.ogg",
            "tagged.opus", "tagged.wav", "tagged.aiff", "tagged.mp4", "tagged.mov", "tagged.m4a", "xmp.mp4",
            "fragmented.mp4"})
    void removesEveryPlantedValue(String name) throws Exception {
        byte[] original = load(name);
        assertPlantedInFixture(original);
        byte[] cleaned = scrub(original, name);
        assertNoPlantedValue(cleaned);
        // Cleaning a cleaned file changes nothing: there is nothing left to take.
        org.junit.jupiter.api.Assertions.assertArrayEquals(cleaned, scrub(cleaned, name));
        assertTrue(new MediaVerifier().residue(cleaned, type(name), null).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tagged.mp3", "tagged-trailers.mp3", "tagged.flac", "tagged.ogg",
            "tagged.opus", "tagged.wav", "tagged.aiff", "tagged.mp4", "tagged.mov", "tagged.m4a", "xmp.mp4",
            "fragmented.mp4"})
    void verifierFlagsTheUncleanedFile(String name) throws Exception {
        List<String> residue = new MediaVerifier().residue(load(name), type(name), null);
        assertFalse(residue.isEmpty(), name + " should not pass verification before cleaning");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tagged.mp3", "tagged-trailers.mp3", "tagged.flac", "tagged.ogg",
            "tagged.opus", "tagged.wav", "tagged.aiff", "tagged.mp4", "tagged.mov", "tagged.m4a", "fragmented.mp4"})
    void inspectListsTheArtist(String name) throws Exception {
        List<MetadataItem> items = new MediaCleaner().inspect(load(name), type(name), null);
        assertTrue(items.stream().anyMatch(i -> i.value().contains("Petrov-Secret")), name + ": " + items);
        assertTrue(new MediaCleaner().inspect(scrub(load(name), name), type(name), null).isEmpty());
    }

    @Test
    void inspectGroupsFields() throws Exception {
        assertHas(FileType.MP3, "tagged.mp3", MetadataGroup.PEOPLE, "ID3v2 TPE1");
        assertHas(FileType.MP3, "tagged.mp3", MetadataGroup.SOFTWARE, "ID3v2 TSSE");
        assertHas(FileType.MP3, "tagged.mp3", MetadataGroup.DESCRIPTION, "ID3v2 COMM");
        assertHas(FileType.MP3, "tagged-trailers.mp3", MetadataGroup.PEOPLE, "ID3v1 artist");
        assertHas(FileType.MP3, "tagged-trailers.mp3", MetadataGroup.PEOPLE, "APE Artist");
        assertHas(FileType.FLAC, "tagged.flac", MetadataGroup.LOCATION, "FLAC LOCATION");
        assertHas(FileType.FLAC, "tagged.flac", MetadataGroup.EMBEDDED, "FLAC PICTURE");
        assertHas(FileType.FLAC, "tagged.flac", MetadataGroup.TIME, "FLAC DATE");
        assertHas(FileType.OGG, "tagged.ogg", MetadataGroup.PEOPLE, "Vorbis ARTIST");
        assertHas(FileType.OGG, "tagged.ogg", MetadataGroup.LOCATION, "Vorbis LOCATION");
        assertHas(FileType.OGG, "tagged.opus", MetadataGroup.SOFTWARE, "Opus vendor");
        assertHas(FileType.WAV, "tagged.wav", MetadataGroup.PEOPLE, "INFO IART");
        assertHas(FileType.WAV, "tagged.wav", MetadataGroup.PEOPLE, "bext originator");
        assertHas(FileType.AIFF, "tagged.aiff", MetadataGroup.PEOPLE, "AUTH");
        assertHas(FileType.MOV, "tagged.mov", MetadataGroup.LOCATION, "©xyz");
        assertHas(FileType.MOV, "tagged.mov", MetadataGroup.TIME, "mvhd creation time");
        assertHas(FileType.MOV, "tagged.mov", MetadataGroup.SOFTWARE, "compressor name");
        assertHas(FileType.MP4, "tagged.mp4", MetadataGroup.LOCATION, "location");
        assertHas(FileType.MP4, "xmp.mp4", MetadataGroup.DESCRIPTION, "XMP");
    }

    @Test
    void registeredInTheStandardRegistryAndDetectedAfterCleaning() throws Exception {
        CleanerRegistry standard = CleanerRegistry.standard();
        TypeDetector detector = new TypeDetector(Limits.defaults());
        for (String name : ALL.split(",")) {
            FileType type = type(name);
            assertTrue(standard.cleaner(type).orElseThrow() instanceof MediaCleaner);
            assertEquals(type, detector.detect(scrub(load(name), name), name));
        }
    }

    private static void assertHas(FileType type, String file, MetadataGroup group, String name) throws Exception {
        List<MetadataItem> items = new MediaCleaner().inspect(load(file), type, null);
        assertTrue(items.stream().anyMatch(i -> i.group() == group && i.name().equals(name)),
                file + " should list " + group + " " + name + ": " + items);
    }

    static FileType type(String name) throws Exception {
        return new TypeDetector(Limits.defaults()).detect(load(name), name);
    }
}
