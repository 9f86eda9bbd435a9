package org.veil.files.media;

import java.util.Set;

/**
 * ASF (WMV/WMA) objects, by GUID in its canonical text form, and which a cleaned file keeps; shared by the
 * cleaner and the verifier. The header keeps what playing needs (file and stream properties, bitrates, error
 * correction, the codec list) and the header extension keeps stream and index parameters; content descriptions
 * (title, author, copyright, description), extended content descriptions (WM/ tags, encoder settings), metadata
 * and metadata library objects, content branding, markers, script commands, signatures and padding go.
 */
public final class AsfObjectPolicy {
    public static final String HEADER = "75B22630-668E-11CF-A6D9-00AA0062CE6C";
    public static final String DATA = "75B22636-668E-11CF-A6D9-00AA0062CE6C";
    public static final String FILE_PROPERTIES = "8CABDCA1-A947-11CF-8EE4-00C00C205365";
    public static final String HEADER_EXTENSION = "5FBF03B5-A92E-11CF-8EE3-00C00C205365";
    public static final String EXTENDED_STREAM_PROPERTIES = "14E6A5CB-C672-4332-8399-A96952065B5A";
    /** The metadata object: kept only with the records in {@link #DISPLAY_RECORDS}, if any. */
    public static final String METADATA = "C5F8CBEA-5BAF-4877-8467-AA8C44FA4CCA";
    /** Metadata records that say how to display the pixels (a pixel aspect ratio), and identify nobody. */
    public static final Set<String> DISPLAY_RECORDS = Set.of("AspectRatioX", "AspectRatioY");

    /** Top-level objects after the header: the data and the indexes into it. */
    public static final Set<String> TOP = Set.of(DATA, "33000890-E5B1-11CF-89F4-00A0C90349CB",
            "D6E229D3-35DA-11D1-9034-00A0C90349BE", "FEB103F8-12AD-4C64-840F-2A1D2F7AD48C",
            "3CB73FD0-0C4A-4803-953D-EDF7B6228F0C");
    /** Objects kept in the header. */
    public static final Set<String> IN_HEADER = Set.of(FILE_PROPERTIES, HEADER_EXTENSION,
            "B7DC0791-A9B7-11CF-8EE6-00C00C205365", // stream properties
            "86D15240-311D-11D0-A3A4-00A0C90348F6", // codec list
            "7BF875CE-468D-11D1-8D82-00604897E6D2", // stream bitrate properties
            "75B22635-668E-11CF-A6D9-00AA0062CE6C", // error correction
            "D6E229DC-35DA-11D1-9034-00A0C90349BE"); // bitrate mutual exclusion
    /** Objects kept in the header extension. */
    public static final Set<String> IN_EXTENSION = Set.of(EXTENDED_STREAM_PROPERTIES,
            "7C4346A9-EFE0-4BFC-B229-393EDE415C85", // language list
            "A08649CF-4775-4670-8A16-6E35357566CD", // advanced mutual exclusion
            "D1465A40-5A79-4338-B71B-E36B8FD6C249", // group mutual exclusion
            "D4FED15B-88D3-454F-81F0-ED5C45999E24", // stream prioritization
            "A69609E6-517B-11D2-B6AF-00C04FD908E9", // bandwidth sharing
            "D6E229DF-35DA-11D1-9034-00A0C90349BE", // index parameters
            "6B203BAD-3F11-48E4-ACA8-D7613DE2CFA7", // media object index parameters
            "F55E496D-9797-4B5D-8C8B-604DFE9BFB24", // timecode index parameters
            "26F18B5D-4584-47EC-9F5F-0E651F0452C9", // compatibility
            "43058533-6981-49E6-9B74-AD12CB86D58C"); // advanced content encryption is refused by the cleaner
    /** Encrypted content, which Veil cannot check: refused. */
    public static final Set<String> ENCRYPTION = Set.of("2211B3FB-BD23-11D2-B4B7-00A0C955FC6E",
            "298AE614-2622-4C17-B935-DAE07EE9289C", "43058533-6981-49E6-9B74-AD12CB86D58C");

    private AsfObjectPolicy() {
    }

    /** The canonical text form of the 16-byte GUID at {@code at} (the first three fields little-endian). */
    public static String guid(byte[] b, int at) {
        int[] order = {3, 2, 1, 0, -1, 5, 4, -1, 7, 6, -1, 8, 9, -1, 10, 11, 12, 13, 14, 15};
        StringBuilder s = new StringBuilder(36);
        for (int i : order) {
            if (i < 0) {
                s.append('-');
            } else {
                s.append(String.format("%02X", b[at + i] & 0xFF));
            }
        }
        return s.toString();
    }
}
