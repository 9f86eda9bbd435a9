package org.veil.files.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.FileType;
import org.veil.files.RefusedException;
import org.veil.files.Verifier;
import org.veil.files.media.verify.AsfAudit;
import org.veil.files.media.verify.AviAudit;
import org.veil.files.media.verify.ExtractorAudit;
import org.veil.files.media.verify.FlacAudit;
import org.veil.files.media.verify.IffAudit;
import org.veil.files.media.verify.IsoAudit;
import org.veil.files.media.verify.Mp3Audit;
import org.veil.files.media.verify.OggAudit;

/**
 * Re-reads cleaned audio and video with readers of its own (package {@code verify}): a strict structural walk per
 * container that accepts only the structure the media needs, plus metadata-extractor where it reads the format
 * (MP4, QuickTime, WAV, MP3). Any tag structure, leftover field or unexplained byte is residue.
 */
public final class MediaVerifier implements Verifier {
    private static final Set<FileType> TYPES = Set.of(FileType.MP3, FileType.FLAC, FileType.OGG, FileType.WAV,
            FileType.AIFF, FileType.MP4, FileType.MOV, FileType.M4A, FileType.AVI, FileType.ASF);

    @Override
    public Set<FileType> types() {
        return TYPES;
    }

    @Override
    public List<String> residue(byte[] cleaned, FileType type, CleanContext context) throws RefusedException {
        List<String> found = new ArrayList<>(switch (type) {
            case MP3 -> Mp3Audit.residue(cleaned);
            case FLAC -> FlacAudit.residue(cleaned);
            case OGG -> OggAudit.residue(cleaned);
            case WAV -> IffAudit.wav().residue(cleaned);
            case AIFF -> IffAudit.aiff().residue(cleaned);
            case MP4, MOV, M4A -> IsoAudit.residue(cleaned);
            case AVI -> AviAudit.residue(cleaned);
            case ASF -> AsfAudit.residue(cleaned);
            default -> throw new RefusedException(type + " is not an audio or video type");
        });
        if (ExtractorAudit.supports(type)) {
            found.addAll(ExtractorAudit.residue(cleaned, type));
        }
        return found;
    }
}
