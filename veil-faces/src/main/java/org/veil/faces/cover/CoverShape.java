package org.veil.faces.cover;

/** The outline of a covered region. */
public enum CoverShape {
    /** The ellipse around the grown face box, corners included: no pixel of the grown box stays uncovered. */
    ELLIPSE,
    /** The grown face box itself. */
    BOX
}
