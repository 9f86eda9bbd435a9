package org.veil.files.media.verify;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.mp3.Mp3MetadataReader;
import com.drew.imaging.mp4.Mp4MetadataReader;
import com.drew.imaging.quicktime.QuickTimeMetadataReader;
import com.drew.imaging.wav.WavMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.file.FileTypeDirectory;
import com.drew.metadata.mov.QuickTimeDirectory;
import com.drew.metadata.mov.media.QuickTimeMusicDirectory;
import com.drew.metadata.mov.media.QuickTimeSoundDirectory;
import com.drew.metadata.mov.media.QuickTimeSubtitleDirectory;
import com.drew.metadata.mov.media.QuickTimeTextDirectory;
import com.drew.metadata.mov.media.QuickTimeTimecodeDirectory;
import com.drew.metadata.mov.media.QuickTimeVideoDirectory;
import com.drew.metadata.mp3.Mp3Directory;
import com.drew.metadata.mp4.Mp4Directory;
import com.drew.metadata.mp4.media.Mp4HintDirectory;
import com.drew.metadata.mp4.media.Mp4SoundDirectory;
import com.drew.metadata.mp4.media.Mp4TextDirectory;
import com.drew.metadata.mp4.media.Mp4VideoDirectory;
import com.drew.metadata.wav.WavDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.veil.files.FileType;

/**
 * The second, independent reader: metadata-extractor's MP4, QuickTime, WAV and MP3 readers. Only the technical
 * directories are accepted, and in them only the tags named here; times must be zero (1904-01-01) and encoder
 * names blank. Anything else it reports is residue. Its parse errors are not: it stops early on some valid files,
 * and the structural audits already vouch for the structure.
 */
public final class ExtractorAudit {
    private static final long EPOCH_1904_MILLIS = -2_082_844_800_000L;
    /** Exact classes: subclasses such as QuickTimeMetadataDirectory or Mp4UuidBoxDirectory hold tags. */
    private static final Set<Class<? extends Directory>> TECHNICAL = Set.of(Mp4Directory.class,
            Mp4VideoDirectory.class, Mp4SoundDirectory.class, Mp4TextDirectory.class, Mp4HintDirectory.class,
            QuickTimeDirectory.class, QuickTimeVideoDirectory.class, QuickTimeSoundDirectory.class,
            QuickTimeTimecodeDirectory.class, QuickTimeTextDirectory.class, QuickTimeSubtitleDirectory.class,
            QuickTimeMusicDirectory.class, WavDirectory.class, Mp3Directory.class, FileTypeDirectory.class);
    private static final Set<String> STRUCTURAL = Set.of(
            // movie headers
            "Major Brand", "Minor Version", "Compatible Brands", "Media Time Scale", "Duration", "Duration in Seconds",
            "Preferred Rate", "Preferred Volume", "Preview Time", "Preview Duration", "Poster Time", "Selection Time",
            "Selection Duration", "Current Time", "Next Track ID", "Transformation Matrix", "Rotation",
            // tracks
            "ISO 639-2 Language Code", "Temporal Quality", "Spatial Quality", "Width", "Height", "Horizontal Resolution",
            "Vertical Resolution", "Depth", "Compression Type", "Graphics Mode", "Opcolor", "Color Table", "Frame Rate",
            "Format", "Number of Channels", "Sample Size", "Sample Rate", "Balance",
            "Max PDU Size", "Average PDU Size", "Max Bitrate", "Average Bitrate",
            // WAV format chunk
            "Channels", "Samples Per Second", "Bytes Per Second", "Block Alignment", "Bits Per Sample",
            // MP3 frame header
            "ID", "Layer", "Bitrate", "Frequency", "Mode", "Emphasis Method", "Copyright", "Frame Size",
            // file type
            "Detected File Type Name", "Detected File Type Long Name", "Detected MIME Type",
            "Expected File Name Extension");
    private static final Set<String> TIMES = Set.of("Creation Time", "Modification Time");
    private static final Set<String> ENCODER_NAMES = Set.of("Compressor Name", "Vendor");

    private ExtractorAudit() {
    }

    public static boolean supports(FileType type) {
        return type == FileType.MP4 || type == FileType.M4A || type == FileType.MOV || type == FileType.WAV
                || type == FileType.MP3;
    }

    public static List<String> residue(byte[] b, FileType type) {
        Metadata m;
        try {
            m = read(b, type);
        } catch (IOException | ImageProcessingException e) {
            return List.of("metadata-extractor cannot read the cleaned file (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            // An index error inside metadata-extractor (its WAV reader trusts chunk sizes): the file is not
            // verified, so it is refused, with the reason, rather than escaping as an exception.
            return List.of("metadata-extractor cannot read the cleaned file (" + e.getClass().getSimpleName() + ")");
        } catch (OutOfMemoryError | StackOverflowError e) {
            // metadata-extractor sizes some tables from counts in the file and recurses into nested boxes; a
            // hostile count or depth fails that one allocation or call chain, which is a residue, not a crash.
            return List.of("metadata-extractor cannot read the cleaned file (" + e.getClass().getSimpleName() + ")");
        }
        List<String> found = new ArrayList<>();
        for (Directory d : m.getDirectories()) {
            if (!technical(d)) {
                if (d.getTagCount() > 0) {
                    found.add(d.getName() + " metadata (" + d.getTagCount() + " fields)");
                }
                continue;
            }
            for (Tag t : d.getTags()) {
                if (!harmless(d, t)) {
                    found.add(d.getName() + " " + t.getTagName() + ": " + t.getDescription());
                }
            }
        }
        return found;
    }

    private static Metadata read(byte[] b, FileType type) throws IOException, ImageProcessingException {
        ByteArrayInputStream in = new ByteArrayInputStream(b);
        return switch (type) {
            case MOV -> QuickTimeMetadataReader.readMetadata(in);
            case MP4, M4A -> Mp4MetadataReader.readMetadata(in);
            case WAV -> WavMetadataReader.readMetadata(in);
            case MP3 -> Mp3MetadataReader.readMetadata(in);
            default -> throw new IllegalArgumentException(type.toString());
        };
    }

    private static boolean technical(Directory d) {
        return TECHNICAL.contains(d.getClass());
    }

    private static boolean harmless(Directory d, Tag t) {
        String name = t.getTagName();
        if (TIMES.contains(name)) {
            Date date = d.getDate(t.getTagType());
            return date == null || date.getTime() == EPOCH_1904_MILLIS || date.getTime() == 0;
        }
        if (ENCODER_NAMES.contains(name)) {
            String v = d.getString(t.getTagType());
            // metadata-extractor shows a zeroed QuickTime vendor code as "Unknown".
            return v == null || v.replace("\0", "").isBlank() || v.equals("Unknown");
        }
        if (d instanceof WavDirectory && name.equals("Copyright")) {
            return false;
        }
        return STRUCTURAL.contains(name);
    }
}
