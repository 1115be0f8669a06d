package dev.sse.model.io.graph;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;

/** StAX input for the graph readers: no DTDs and no external entities (no XXE), namespaces ignored by the readers. */
final class XmlInput {

    private XmlInput() {
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f.createXMLStreamReader(in);
    }

    /**
     * The text inside the current element, child elements skipped with their content (yEd nests its
     * {@code <y:ShapeNode>} in {@code <data>}); the reader ends on the element's end tag.
     */
    static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == 0) {
                    break;
                }
            } else if (depth == 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                text.append(r.getText());
            }
        }
        return text.toString();
    }

    /** The message of a parse failure without the parser's "ParseError at [row,col]" preamble. */
    static String reason(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message: ");
        return (at >= 0 ? m.substring(at + 9) : m).strip();
    }
}
