package org.veil.files.heif;

import java.util.Set;

/**
 * Which item properties a cleaned HEIF/AVIF keeps. Shared by the cleaner and the verifier, as the one definition
 * of what is structure: codec configuration, size, colour, transforms and layout. A user description ('udes':
 * name, description, tags) is metadata; an embedded ICC profile goes unless the user keeps it, as for JPEG.
 * Unknown properties are dropped when no item needs them (non-essential) and refused otherwise.
 */
public final class PropertyPolicy {
    private static final Set<String> STRUCTURAL = Set.of("hvcC", "av1C", "vvcC", "lhvC", "jpgC", "j2kH", "ispe",
            "pixi", "colr", "irot", "imir", "clap", "rloc", "lsel", "auxC", "a1op", "a1lx", "pasp", "clli", "mdcv",
            "cclv", "amve", "oinf", "tols", "iscl", "uncC", "cmpd");

    private PropertyPolicy() {
    }

    /** Whether a property of {@code type} (with the colour type of a 'colr' box) stays. */
    public static boolean kept(String type, String colourType, boolean keepIcc) {
        if (type.equals("colr")) {
            return colourType.equals("nclx") || keepIcc && (colourType.equals("prof") || colourType.equals("rICC"));
        }
        return STRUCTURAL.contains(type);
    }

    /** Whether the property is one Veil knows to be metadata or padding (always dropped, even if essential). */
    public static boolean known(String type) {
        return STRUCTURAL.contains(type) || type.equals("udes") || type.equals("free") || type.equals("skip");
    }
}
