package org.veil.documents.pdf;

/**
 * Where a glyph lives in the file: the content stream (a page's dictionary or a form XObject's stream, by
 * identity), the index of the text-showing operator in that stream, the string within the operator (TJ arrays
 * hold several) and the glyph within the string. A form drawn twice yields the same reference both times.
 */
record GlyphRef(Object stream, int operator, int string, int glyph) {
}
