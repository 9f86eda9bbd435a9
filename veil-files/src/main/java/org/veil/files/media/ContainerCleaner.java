package org.veil.files.media;

import java.util.List;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/** Cleaning for one audio or video container; {@link MediaCleaner} picks the one for the detected type. */
interface ContainerCleaner {
    /** The tags the file carries, for listing. */
    List<MetadataItem> inspect(byte[] content) throws RefusedException;

    /** A copy with every tag removed and the media data byte-identical, or a refusal. */
    byte[] clean(byte[] content) throws RefusedException;
}
