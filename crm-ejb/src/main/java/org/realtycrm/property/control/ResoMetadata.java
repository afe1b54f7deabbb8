package org.realtycrm.property.control;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The service's CSDL ({@code $metadata}): the served resources as entity types of the RESO namespace
 * {@code org.reso.metadata}, each field with its Data Dictionary 2.0 name, type and facets, lookup fields annotated
 * with their lookup's name as DD 2.0's "lookup resource" flavour does (their values are in the Lookup resource), and
 * one entity container, {@code Default}, as RESO's reference metadata names it.
 */
public final class ResoMetadata {

    public static final String NAMESPACE = "org.reso.metadata";
    private static final String EDMX = "http://docs.oasis-open.org/odata/ns/edmx";
    private static final String EDM = "http://docs.oasis-open.org/odata/ns/edm";
    private static final String LOOKUP_NAME_TERM = "RESO.OData.Metadata.LookupName";

    private static final String DOCUMENT = write();

    private ResoMetadata() {
    }

    public static String document() {
        return DOCUMENT;
    }

    private static String write() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("edmx", "Edmx", EDMX);
            xml.writeNamespace("edmx", EDMX);
            xml.writeAttribute("Version", "4.0");
            xml.writeStartElement("edmx", "DataServices", EDMX);
            xml.writeStartElement("Schema");
            xml.writeDefaultNamespace(EDM);
            xml.writeAttribute("Namespace", NAMESPACE);
            for (ResoResource resource : ResoResource.values()) {
                entityType(xml, resource);
            }
            xml.writeStartElement("EntityContainer");
            xml.writeAttribute("Name", "Default");
            for (ResoResource resource : ResoResource.values()) {
                xml.writeStartElement("EntitySet");
                xml.writeAttribute("Name", resource.entitySet());
                xml.writeAttribute("EntityType", NAMESPACE + "." + resource.entitySet());
                for (var expansion : resource.expansions().entrySet()) {
                    xml.writeEmptyElement("NavigationPropertyBinding");
                    xml.writeAttribute("Path", expansion.getKey());
                    xml.writeAttribute("Target", expansion.getValue().entitySet());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement(); // EntityContainer
            xml.writeEndElement(); // Schema
            xml.writeEndElement(); // DataServices
            xml.writeEndElement(); // Edmx
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the RESO metadata", e);
        }
        return out.toString();
    }

    private static void entityType(XMLStreamWriter xml, ResoResource resource) throws XMLStreamException {
        xml.writeStartElement("EntityType");
        xml.writeAttribute("Name", resource.entitySet());
        xml.writeStartElement("Key");
        xml.writeEmptyElement("PropertyRef");
        xml.writeAttribute("Name", resource.key().name());
        xml.writeEndElement();
        for (ResoField field : resource.fields()) {
            if (field.lookupName() == null) {
                xml.writeEmptyElement("Property");
            } else {
                xml.writeStartElement("Property");
            }
            xml.writeAttribute("Name", field.name());
            xml.writeAttribute("Type", field.collection() ? "Collection(" + field.type().edmName() + ")"
                    : field.type().edmName());
            if (field.collection()) {
                xml.writeAttribute("Nullable", "false"); // an empty collection, never null
            }
            if (field.maxLength() != null) {
                xml.writeAttribute("MaxLength", field.maxLength().toString());
            }
            if (field.precision() != null) {
                xml.writeAttribute("Precision", field.precision().toString());
                xml.writeAttribute("Scale", field.scale().toString());
            }
            if (field.lookupName() != null) {
                xml.writeEmptyElement("Annotation");
                xml.writeAttribute("Term", LOOKUP_NAME_TERM);
                xml.writeAttribute("String", field.lookupName());
                xml.writeEndElement();
            }
        }
        for (var expansion : resource.expansions().entrySet()) {
            xml.writeEmptyElement("NavigationProperty");
            xml.writeAttribute("Name", expansion.getKey());
            xml.writeAttribute("Type", "Collection(" + NAMESPACE + "." + expansion.getValue().entitySet() + ")");
        }
        xml.writeEndElement();
    }
}
