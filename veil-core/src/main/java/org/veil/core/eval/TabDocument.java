package org.veil.core.eval;

import java.util.List;
import java.util.Map;

/** A TAB document: its text and, per annotator, the mentions that annotator marked. */
public record TabDocument(String id, String text, Map<String, List<TabMention>> annotations) {
}
