package org.veil.documents.pdf;

/** A string operand as a text operator showed it, cut into the byte lengths of its character codes. */
record ShownString(byte[] bytes, int[] codeLengths) {
}
