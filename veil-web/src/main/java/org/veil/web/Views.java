package org.veil.web;

import java.util.ArrayList;
import java.util.List;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.anonymize.Replacement;
import org.veil.core.model.Analysis;
import org.veil.core.model.Entity;
import org.veil.core.model.Span;

/** What the page is sent (as JSON): plain records, offsets in code points. */
final class Views {
    private Views() {
    }

    record SpanView(int s, int e, String type, String kind, String entity, boolean accepted, boolean added) {
    }

    record EntityView(String id, String type, String kind, String canonical, List<int[]> mentions) {
    }

    /** A replacement in the preview: where it is in the output and which source span it came from. */
    record MarkView(int s, int e, int src, String type, boolean changed) {
    }

    record PreviewView(String policy, String text, List<MarkView> marks) {
    }

    record DocView(String name, String language, String text, List<SpanView> spans, List<EntityView> entities,
                   PreviewView preview, int decisions, boolean unsaved, boolean durable, Terms terms) {
    }

    static List<SpanView> spans(Reviewed r) {
        List<SpanView> out = new ArrayList<>();
        for (Span s : r.analysis().spans()) {
            out.add(new SpanView(s.start(), s.end(), s.type().name(), s.kind().name(), s.entityId(),
                    r.accepted().contains(Reviewed.key(s.start(), s.end())),
                    s.recognizer().equals(DecisionReplay.RECOGNIZER)));
        }
        return out;
    }

    static List<EntityView> entities(Analysis a) {
        List<EntityView> out = new ArrayList<>();
        for (Entity e : a.entities()) {
            out.add(new EntityView(e.id(), e.type().name(), e.kind().name(), e.canonical(),
                    e.mentions().stream().map(m -> new int[] {m.start(), m.end()}).toList()));
        }
        return out;
    }

    static PreviewView preview(Anonymized a) {
        List<MarkView> marks = new ArrayList<>();
        for (Replacement r : a.replacements()) {
            marks.add(new MarkView(r.outStart(), r.outEnd(), r.span().start(), r.span().type().name(), r.changed()));
        }
        return new PreviewView(a.policy(), a.text(), marks);
    }
}
