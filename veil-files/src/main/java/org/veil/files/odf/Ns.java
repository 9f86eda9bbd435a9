package org.veil.files.odf;

/** Namespace URIs of the OpenDocument and EPUB vocabularies this package reads. */
final class Ns {
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    static final String CONFIG = "urn:oasis:names:tc:opendocument:xmlns:config:1.0";
    static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    static final String SCRIPT = "urn:oasis:names:tc:opendocument:xmlns:script:1.0";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    /** LibreOffice's own extensions: presentation comments and editing-session ids (rsid). */
    static final String OFFICEOOO = "http://openoffice.org/2009/office";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    static final String OPF = "http://www.idpf.org/2007/opf";
    static final String CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container";
    static final String NCX = "http://www.daisy.org/z3986/2005/ncx/";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String SVG = "http://www.w3.org/2000/svg";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private Ns() {
    }
}
