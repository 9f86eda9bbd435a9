package org.veil.files.image;

import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import org.veil.files.RefusedException;

/**
 * One decoder policy for every path that turns a file into pixels (scrubbing and face covering): the JDK's
 * readers only <em>warn</em> about truncated or corrupt data ("Premature end of JPEG file") and fill the rest
 * with grey, so a warning is treated as the error it is and the file is refused.
 */
public final class StrictDecoding implements IIOReadWarningListener {
    private final List<String> warnings = new ArrayList<>();

    private StrictDecoding() {
    }

    /** Starts listening to the reader's warnings; call before reading pixels. */
    public static StrictDecoding watch(ImageReader reader) {
        StrictDecoding policy = new StrictDecoding();
        reader.addIIOReadWarningListener(policy);
        return policy;
    }

    @Override
    public void warningOccurred(ImageReader source, String warning) {
        warnings.add(warning);
    }

    /** Refuses the image if the decoder warned about anything while reading it. */
    public void check(String what) throws RefusedException {
        if (!warnings.isEmpty()) {
            throw new RefusedException("the " + what + " is truncated or corrupt (" + warnings.get(0) + ")");
        }
    }
}
