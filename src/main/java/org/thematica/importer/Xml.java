package org.thematica.importer;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The StAX setup every XML part of an imported file is read with, and a depth check on it. */
final class Xml {
    private Xml() {
    }

    /**
     * A namespace-aware StAX factory without DTDs or external entities, so that a hostile file
     * can neither make us read local files or the network nor expand entities.
     */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /**
     * Whether the elements of {@code xml} nest more than {@code max} deep; stops reading as soon
     * as they do. Counted here rather than through the JDK's jdk.xml.maxElementDepth, which
     * would report it as one more parse error among others. XML that is not well-formed gives
     * false: whether it is damaged is for the reader to say.
     */
    static boolean nestsDeeperThan(InputStream xml, int max) {
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(xml);
            try {
                int depth = 0;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT && ++depth > max) {
                        return true;
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return false;
        }
        return false;
    }
}
