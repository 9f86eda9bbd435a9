package org.veil.faces;

/** A detected (or hand-drawn) face: where, how sure, and which detector said so. */
public record Face(Box box, double score, String source) {
}
