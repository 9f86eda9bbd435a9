package org.veil.files.odf;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The verifiers' XML reader: a streaming (StAX) parser, a different code path from the cleaners' DOM. DTDs are
 * not processed, so a DOCTYPE shows up as an event the verifier can judge, and entities are never expanded.
 */
final class StaxParts {
    private static final XMLInputFactory FACTORY = factory();

    private StaxParts() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    static XMLStreamReader open(byte[] xml) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** "prefix:local" as written, for messages. */
    static String qname(XMLStreamReader r) {
        String p = r.getPrefix();
        return p == null || p.isEmpty() ? r.getLocalName() : p + ":" + r.getLocalName();
    }
}
