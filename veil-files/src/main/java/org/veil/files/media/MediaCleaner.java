package org.veil.files.media;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.Cleaner;
import org.veil.files.FileType;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * Audio and video files, cleaned losslessly at the container level: tags and metadata structures are removed,
 * the encoded media is kept byte for byte (nothing is decoded or re-encoded). One container class per format.
 */
public final class MediaCleaner implements Cleaner {
    private static final ContainerCleaner ISO = new IsoBmffCleaner();
    private static final Map<FileType, ContainerCleaner> BY_TYPE = Map.ofEntries(
            Map.entry(FileType.MP3, new Mp3Cleaner()),
            Map.entry(FileType.FLAC, new FlacCleaner()),
            Map.entry(FileType.OGG, new OggCleaner()),
            Map.entry(FileType.WAV, new WavCleaner()),
            Map.entry(FileType.AIFF, new AiffCleaner()),
            Map.entry(FileType.MP4, ISO),
            Map.entry(FileType.MOV, ISO),
            Map.entry(FileType.M4A, ISO),
            Map.entry(FileType.AVI, new AviCleaner()),
            Map.entry(FileType.ASF, new AsfCleaner()));

    @Override
    public Set<FileType> types() {
        return BY_TYPE.keySet();
    }

    @Override
    public List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) throws RefusedException {
        return containerFor(type).inspect(content);
    }

    @Override
    public byte[] clean(byte[] content, FileType type, CleanContext context) throws RefusedException {
        return containerFor(type).clean(content);
    }

    static ContainerCleaner containerFor(FileType type) throws RefusedException {
        ContainerCleaner c = BY_TYPE.get(type);
        if (c == null) {
            throw new RefusedException(type + " is not an audio or video type");
        }
        return c;
    }
}
