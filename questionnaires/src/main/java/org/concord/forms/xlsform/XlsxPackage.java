package org.concord.forms.xlsform;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of an {@code .xlsx} file (a zip of XML parts, Office Open XML) that a form reader needs: the workbook's
 * sheets in order with their parts, the 1904 date system flag, and the shared strings and styles parts. Parts are
 * found through the package's relationships as Excel does, so that transitional and strict files and unusual part
 * names all read. Every part is read as a stream ({@link XMLStreamReader}), never as a document tree.
 */
final class XlsxPackage implements Closeable {
    /** A part may expand to at most this many times its compressed size (past {@link #GRACE}), as POI allows. */
    private static final long MAX_RATIO = 100;
    private static final long GRACE = 100_000;

    /** One sheet of the workbook: its name as the tab shows it and its part (null when the part is missing). */
    record SheetPart(String name, String part) {
    }

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
    private final List<SheetPart> sheets = new ArrayList<>();
    private boolean date1904;
    private String sharedStringsPart;
    private String stylesPart;

    private XlsxPackage(Path file) throws IOException {
        zip = new ZipFile(file.toFile());
    }

    /** Opens {@code file} and reads its workbook part; throws when it is not a zip or has no workbook. */
    static XlsxPackage open(Path file) throws IOException, XMLStreamException {
        XlsxPackage pkg = new XlsxPackage(file);
        try {
            pkg.readWorkbook();
            return pkg;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            pkg.close();
            throw e;
        }
    }

    /** The sheets in workbook order (hidden ones included). */
    List<SheetPart> sheets() {
        return sheets;
    }

    /** Whether dates count from 1904 (old Mac Excel) rather than 1900. */
    boolean date1904() {
        return date1904;
    }

    /** The shared strings part, or null when the workbook has none. */
    String sharedStringsPart() {
        return sharedStringsPart;
    }

    /** The styles part, or null when the workbook has none. */
    String stylesPart() {
        return stylesPart;
    }

    /** A streaming XML reader of {@code part}; DTDs and external entities are refused. */
    XMLStreamReader xml(String part) throws IOException, XMLStreamException {
        InputStream in = stream(part);
        if (in == null) {
            throw new IOException("the workbook has no part " + part);
        }
        return xml(in);
    }

    /** A streaming XML reader of {@code part}, or null when {@code part} is null or not in the file. */
    XMLStreamReader xmlIfPresent(String part) throws IOException, XMLStreamException {
        InputStream in = part == null ? null : stream(part);
        return in == null ? null : xml(in);
    }

    static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        return Xml.FACTORY.createXMLStreamReader(in);
    }

    /** The bytes of {@code part} as a stream (null when missing), guarded against parts that expand too far. */
    InputStream stream(String part) throws IOException {
        ZipEntry entry = entry(part);
        if (entry == null) {
            return null;
        }
        long compressed = Math.max(entry.getCompressedSize(), 1);
        return new FilterInputStream(zip.getInputStream(entry)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > GRACE && read > compressed * MAX_RATIO) {
                    throw new IOException("the part " + part + " expands to more than " + MAX_RATIO
                            + " times its compressed size, which only a damaged or malicious file does");
                }
            }
        };
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private ZipEntry entry(String part) {
        if (entries.isEmpty()) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                // Part names are case-insensitive (ECMA-376 part 2, 8.1.1.2).
                entries.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry);
            }
        }
        return entries.get(part.toLowerCase(Locale.ROOT));
    }

    private void readWorkbook() throws IOException, XMLStreamException {
        String workbook = "xl/workbook.xml";
        for (Relationship r : relationships("")) {
            if (r.type().endsWith("/officeDocument")) {
                workbook = r.target();
                break;
            }
        }
        Map<String, String> targets = new LinkedHashMap<>();
        for (Relationship r : relationships(workbook)) {
            targets.put(r.id(), r.target());
            if (r.type().endsWith("/sharedStrings") && sharedStringsPart == null) {
                sharedStringsPart = r.target();
            } else if (r.type().endsWith("/styles") && stylesPart == null) {
                stylesPart = r.target();
            }
        }
        XMLStreamReader xml = xml(workbook);
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = xml.getLocalName();
                if (element.equals("workbookPr")) {
                    String flag = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(flag) || "true".equals(flag);
                } else if (element.equals("sheet")) {
                    String name = xml.getAttributeValue(null, "name");
                    String id = relationshipId(xml);
                    sheets.add(new SheetPart(name == null ? "" : name, id == null ? null : targets.get(id)));
                }
            }
        } finally {
            xml.close();
        }
    }

    /** The {@code r:id} attribute of a sheet element, whatever the relationships namespace's prefix. */
    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ("id".equals(xml.getAttributeLocalName(i)) && namespace != null && !namespace.isEmpty()) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private record Relationship(String id, String type, String target) {
    }

    /** The relationships of {@code part} ("" for the package), with targets resolved to part names. */
    private List<Relationship> relationships(String part) throws IOException, XMLStreamException {
        int slash = part.lastIndexOf('/');
        String folder = slash < 0 ? "" : part.substring(0, slash + 1);
        String rels = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        InputStream in = stream(rels);
        List<Relationship> list = new ArrayList<>();
        if (in == null) {
            return list;
        }
        XMLStreamReader xml = xml(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
                        && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                    String target = xml.getAttributeValue(null, "Target");
                    if (target != null) {
                        list.add(new Relationship(String.valueOf(xml.getAttributeValue(null, "Id")),
                                String.valueOf(xml.getAttributeValue(null, "Type")), resolve(folder, target)));
                    }
                }
            }
        } finally {
            xml.close();
            in.close();
        }
        return list;
    }

    /** A relationship's target (relative to the source part's folder, or absolute) as a part name. */
    static String resolve(String folder, String target) {
        try {
            String path = new URI(null, null, "/" + folder, null).resolve(new URI(target)).normalize().getPath();
            return path.startsWith("/") ? path.substring(1) : path;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return target.startsWith("/") ? target.substring(1) : folder + target;
        }
    }

    /** The XML factory: no DTDs, no external entities (an .xlsx never needs them). */
    private static final class Xml {
        static final XMLInputFactory FACTORY = XMLInputFactory.newDefaultFactory();

        static {
            FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
        }
    }
}
