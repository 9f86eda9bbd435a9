package org.veil.files.office;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.Cleaner;
import org.veil.files.FileType;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.veil.files.archive.ZipMember;
import org.veil.files.archive.ZipWriter;
import org.w3c.dom.Document;

/**
 * Word, Excel and PowerPoint documents (Office Open XML), cleaned as mat2 does: metadata parts (comments, people,
 * custom properties, custom XML, printer settings, thumbnails) are dropped with every relationship and content
 * type that pointed to them, document properties are emptied, tracked changes are accepted, revision ids and
 * author/date attributes go, embedded media and documents are cleaned recursively. A part Veil does not know,
 * macros, encryption or a DOCTYPE make the whole document refused.
 */
public final class OfficeCleaner implements Cleaner {
    private static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    @Override
    public Set<FileType> types() {
        return EnumSet.of(FileType.DOCX, FileType.XLSX, FileType.PPTX);
    }

    @Override
    public List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) throws RefusedException {
        return OfficeInspector.inspect(OfficePackage.read(content, context.limits()));
    }

    @Override
    public byte[] clean(byte[] content, FileType type, CleanContext context) throws RefusedException {
        OfficePackage pkg = OfficePackage.read(content, context.limits());
        refuseWhatCannotBeCleaned(pkg);
        Map<String, Set<String>> droppedRels = dropRelationships(pkg);
        Set<String> kept = reachableParts(pkg, droppedRels);

        List<ZipMember> out = new ArrayList<>();
        Set<String> keptKeys = new HashSet<>();
        kept.forEach(p -> keptKeys.add(PartNames.key(p)));
        out.add(new ZipMember(PartNames.CONTENT_TYPES, pkg.types().keepOverridesFor(keptKeys)));
        for (String name : pkg.names()) {
            if (kept.contains(name) && !name.equals(PartNames.CONTENT_TYPES)) {
                out.add(new ZipMember(name, cleanPart(pkg, name, droppedRels, context)));
            }
        }
        return ZipWriter.write(out);
    }

    private static void refuseWhatCannotBeCleaned(OfficePackage pkg) throws RefusedException {
        for (Map.Entry<String, PartRule> e : pkg.rules().entrySet()) {
            switch (e.getValue().kind()) {
                case MACROS -> throw new RefusedException("the document contains macros ('" + e.getKey()
                        + "'); Veil does not clean macro-enabled documents — save it without macros (.docx/.xlsx/.pptx)");
                case UNKNOWN -> throw new RefusedException("'" + e.getKey() + "' is " + e.getValue().what()
                        + ", which Veil does not know how to clean; nothing was written");
                default -> { }
            }
        }
    }

    /**
     * The relationship ids to drop, per relationships part: those to removed or missing parts, thumbnails and
     * attached templates; external links other than hyperlinks are refused (they call home or leak paths).
     */
    private static Map<String, Set<String>> dropRelationships(OfficePackage pkg) throws RefusedException {
        Map<String, Set<String>> dropped = new HashMap<>();
        for (String name : pkg.names()) {
            if (!PartNames.isRels(name)) {
                continue;
            }
            String source = PartNames.sourceOf(name);
            if (!source.isEmpty() && (pkg.find(source).isEmpty()
                    || pkg.rule(pkg.find(source).get()).kind() == PartRule.Kind.REMOVE)) {
                continue; // the relationships of a part that goes
            }
            Relationships rels = Relationships.parse(name, pkg.data(name));
            Set<String> ids = new LinkedHashSet<>();
            boolean commentsDropped = false;
            for (Relationships.Rel rel : rels.all()) {
                if (rel.external()) {
                    if (rel.kind().equals("attachedTemplate")) {
                        ids.add(rel.id());
                    } else if (!rel.type().equals(OfficeNs.REL_HYPERLINK)) {
                        throw new RefusedException("'" + rels.source() + "' links to an outside resource ("
                                + rel.kind() + ": " + rel.target() + "), which could call home; nothing was written");
                    }
                    continue;
                }
                Optional<String> target = pkg.find(rel.part());
                if (target.isEmpty() || rel.type().equals(OfficeNs.REL_THUMBNAIL)
                        || pkg.rule(target.get()).kind() == PartRule.Kind.REMOVE) {
                    ids.add(rel.id());
                    commentsDropped |= target.isPresent() && "comments".equals(pkg.rule(target.get()).what());
                }
            }
            if (commentsDropped && pkg.types().typeOf(rels.source()).orElse("").equals(WORKSHEET)) {
                // A worksheet's legacy VML drawing holds the note boxes of its comments.
                for (Relationships.Rel rel : rels.all()) {
                    if (rel.kind().equals("vmlDrawing")) {
                        ids.add(rel.id());
                    }
                }
            }
            dropped.put(rels.source(), ids);
        }
        return dropped;
    }

    /** Parts still reachable from the package relationships; everything else (dropped or orphaned) goes. */
    private static Set<String> reachableParts(OfficePackage pkg, Map<String, Set<String>> droppedRels)
            throws RefusedException {
        Set<String> reached = new LinkedHashSet<>();
        reached.add(PartNames.CONTENT_TYPES);
        Deque<String> sources = new ArrayDeque<>();
        sources.add("");
        while (!sources.isEmpty()) {
            String source = sources.poll();
            Optional<Relationships> rels = pkg.relationshipsOf(source);
            if (rels.isEmpty()) {
                continue;
            }
            reached.add(rels.get().name());
            Set<String> dropped = droppedRels.getOrDefault(source, Set.of());
            for (Relationships.Rel rel : rels.get().all()) {
                if (rel.external() || dropped.contains(rel.id())) {
                    continue;
                }
                String target = pkg.find(rel.part()).orElseThrow();
                if (reached.add(target)) {
                    sources.add(target);
                }
            }
        }
        return reached;
    }

    private static byte[] cleanPart(OfficePackage pkg, String name, Map<String, Set<String>> droppedRels,
                                    CleanContext context) throws RefusedException {
        byte[] data = pkg.data(name);
        PartRule rule = pkg.rule(name);
        switch (rule.kind()) {
            case RELATIONSHIPS -> {
                Relationships rels = Relationships.parse(name, data);
                droppedRels.getOrDefault(rels.source(), Set.of()).forEach(rels::remove);
                return rels.toBytes();
            }
            case CORE_PROPERTIES -> {
                SafeXml.parse(data, name); // still refuse a hostile original
                return OfficeNs.CORE_XML.getBytes(StandardCharsets.UTF_8);
            }
            case APP_PROPERTIES -> {
                SafeXml.parse(data, name);
                return OfficeNs.APP_XML.getBytes(StandardCharsets.UTF_8);
            }
            case XML -> {
                Document doc = SafeXml.parse(data, name);
                PartScrubber.scrub(doc, name, droppedRels.getOrDefault(name, Set.of()));
                return SafeXml.serialize(doc);
            }
            case MEDIA -> {
                return embedded(name, data, "embedded media", context);
            }
            case EMBEDDING -> {
                return embedded(name, data, "embedded object", context);
            }
            default -> throw new IllegalStateException(name + " should not be kept as " + rule);
        }
    }

    private static byte[] embedded(String name, byte[] data, String what, CleanContext context)
            throws RefusedException {
        try {
            return context.cleanEmbedded(data, name);
        } catch (RefusedException e) {
            throw new RefusedException(what + " '" + name + "' cannot be cleaned: " + e.getMessage(), e);
        }
    }
}
