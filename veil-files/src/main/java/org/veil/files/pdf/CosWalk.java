package org.veil.files.pdf;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;

/**
 * Visits every dictionary (and stream) reachable from a root once. The visitor runs before the walk looks at a
 * dictionary's values, so whatever it removes is never visited. Iterative, because a hostile file can nest
 * arrays deep enough to overflow the stack.
 */
final class CosWalk {
    interface Visitor {
        void visit(COSDictionary dict);
    }

    private CosWalk() {
    }

    static void walk(COSBase root, Visitor visitor) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            COSBase item = resolve(todo.pop());
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (item instanceof COSDictionary dict) {
                visitor.visit(dict);
                for (COSBase value : dict.getValues()) {
                    todo.push(value);
                }
            } else if (item instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    todo.push(array.get(i));
                }
            }
        }
    }

    /** The object an indirect reference points to; null for a dangling reference. */
    static COSBase resolve(COSBase base) {
        return base instanceof COSObject ref ? ref.getObject() : base;
    }
}
