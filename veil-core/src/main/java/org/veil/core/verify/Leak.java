package org.veil.core.verify;

/**
 * An original value the run replaced that still appears in the output, outside Veil's replacements.
 * {@code context} shows output text and so may show the value: it is for the user's screen, never a report file.
 */
public record Leak(String type, int start, int end, int line, int column, String context) {
}
