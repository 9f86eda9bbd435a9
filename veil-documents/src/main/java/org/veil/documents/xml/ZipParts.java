package org.veil.documents.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veil.documents.DocumentRefused;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import org.veil.files.archive.SafeZip;
import org.veil.files.archive.ZipMember;
import org.veil.files.archive.ZipWriter;

/**
 * The members of a ZIP-based document, read through veil-files' {@link SafeZip} (bombs, traversal, links,
 * encryption, corruption and truncation refused) and written back in the same order with {@link ZipWriter}.
 */
public final class ZipParts {
    private final Map<String, byte[]> members = new LinkedHashMap<>();

    private ZipParts() {
    }

    public static ZipParts read(byte[] zip, String what) throws DocumentRefused {
        ZipParts parts = new ZipParts();
        try {
            for (ZipMember m : SafeZip.read(zip, Limits.defaults())) {
                parts.members.put(m.name(), m.data());
            }
        } catch (RefusedException e) {
            throw new DocumentRefused("the " + what + " cannot be read: " + e.getMessage());
        }
        return parts;
    }

    public List<String> names() {
        return List.copyOf(members.keySet());
    }

    public Optional<byte[]> get(String name) {
        return Optional.ofNullable(members.get(name));
    }

    public void put(String name, byte[] data) {
        if (!members.containsKey(name)) {
            throw new IllegalArgumentException("no member " + name);
        }
        members.put(name, data);
    }

    public byte[] write() {
        List<ZipMember> out = new ArrayList<>();
        members.forEach((name, data) -> out.add(new ZipMember(name, data)));
        return ZipWriter.write(out);
    }
}
