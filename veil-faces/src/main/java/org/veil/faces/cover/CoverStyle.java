package org.veil.faces.cover;

/**
 * How a face is covered. Only {@link #SOLID} removes the face: machine recognisers can often still match
 * pixelated and blurred faces, so those two are for when a softer look is needed and the risk is accepted.
 */
public enum CoverStyle {
    SOLID, PIXELATE, BLUR
}
