package org.veil.documents.pdf;

/** The code points {@code [start, end)} of the parsed text that a glyph produced. */
record MappedGlyph(int start, int end, Glyph glyph) {
}
