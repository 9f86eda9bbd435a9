package org.veil.files.odf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import org.veil.files.archive.SafeZip;
import org.veil.files.archive.ZipMember;

/** An OpenDocument package read safely, with each member placed in its (sub-)document and classified. */
record OdfPackage(List<Entry> entries, String mediaType, OdfManifest manifest) {

    /** One member: {@code document} is "" for the root or a sub-document folder like "Object 1/". */
    record Entry(ZipMember member, String document, String path, OdfPart part) {
        String name() {
            return member.name();
        }
    }

    static OdfPackage read(byte[] content, Limits limits) throws RefusedException {
        List<ZipMember> members = SafeZip.read(content, limits);
        ZipMember mimetype = find(members, "mimetype");
        ZipMember manifestMember = find(members, OdfManifest.PATH);
        if (mimetype == null || manifestMember == null) {
            throw new RefusedException("not a complete OpenDocument package (no "
                    + (mimetype == null ? "mimetype" : OdfManifest.PATH) + ")");
        }
        OdfManifest manifest = OdfManifest.parse(manifestMember.data());
        List<String> subDocuments = manifest.subDocuments();
        List<Entry> entries = new ArrayList<>();
        for (ZipMember m : members) {
            String document = subDocuments.stream().filter(m.name()::startsWith)
                    .max((a, b) -> Integer.compare(a.length(), b.length())).orElse("");
            String path = m.name().substring(document.length());
            entries.add(new Entry(m, document, path, OdfPart.of(path, document.isEmpty())));
        }
        String mediaType = new String(mimetype.data(), StandardCharsets.US_ASCII).trim();
        return new OdfPackage(entries, mediaType, manifest);
    }

    private static ZipMember find(List<ZipMember> members, String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }
}
