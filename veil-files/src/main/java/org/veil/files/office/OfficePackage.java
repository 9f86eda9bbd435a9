package org.veil.files.office;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import org.veil.files.archive.SafeZip;
import org.veil.files.archive.ZipMember;

/** An Office Open XML package read through {@link SafeZip}: its parts in order, their types and their rules. */
final class OfficePackage {
    private final Map<String, byte[]> parts;
    private final Map<String, String> byKey = new HashMap<>();
    private final ContentTypes types;
    private final Map<String, PartRule> rules = new LinkedHashMap<>();

    private OfficePackage(Map<String, byte[]> parts, ContentTypes types) {
        this.parts = parts;
        this.types = types;
        for (String name : parts.keySet()) {
            byKey.put(PartNames.key(name), name);
            rules.put(name, PartRule.of(name, types.typeOf(name)));
        }
    }

    static OfficePackage read(byte[] zip, Limits limits) throws RefusedException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (ZipMember m : SafeZip.read(zip, limits)) {
            String leaf = m.name().substring(m.name().lastIndexOf('/') + 1);
            if (leaf.equals("EncryptedPackage") || leaf.equals("EncryptionInfo")) {
                throw new RefusedException("the document is encrypted (password-protected); remove the password first");
            }
            if (!m.isDirectory()) {
                parts.put(m.name(), m.data());
            }
        }
        byte[] ct = parts.get(PartNames.CONTENT_TYPES);
        if (ct == null) {
            throw new RefusedException("not an Office Open XML package (no [Content_Types].xml)");
        }
        if (!parts.containsKey(PartNames.PACKAGE_RELS)) {
            throw new RefusedException("the package has no _rels/.rels, so its parts cannot be found");
        }
        return new OfficePackage(parts, ContentTypes.parse(ct));
    }

    /** Part names in the order the archive lists them. */
    List<String> names() {
        return new ArrayList<>(parts.keySet());
    }

    byte[] data(String name) {
        return parts.get(name);
    }

    ContentTypes types() {
        return types;
    }

    PartRule rule(String name) {
        return rules.get(name);
    }

    Map<String, PartRule> rules() {
        return Collections.unmodifiableMap(rules);
    }

    /** The stored name of a part, matched without regard to case as OPC requires; empty if absent. */
    Optional<String> find(String partName) {
        return partName == null ? Optional.empty() : Optional.ofNullable(byKey.get(PartNames.key(partName)));
    }

    /** The relationships of {@code source} ("" for the package), if it has any. */
    Optional<Relationships> relationshipsOf(String source) throws RefusedException {
        Optional<String> rels = find(PartNames.relsOf(source));
        return rels.isEmpty() ? Optional.empty() : Optional.of(Relationships.parse(rels.get(), parts.get(rels.get())));
    }
}
