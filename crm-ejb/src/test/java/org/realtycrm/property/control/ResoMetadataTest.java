package org.realtycrm.property.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Our $metadata against the RESO Data Dictionary 2.0's own declarations of the fields we serve. */
class ResoMetadataTest {

    private static final String EDM = "http://docs.oasis-open.org/odata/ns/edm";

    @Test
    void everyServedFieldHasItsDataDictionaryNameTypeAndFacets() throws Exception {
        Map<String, Element> ours = entityTypes(parse(new InputSource(new StringReader(ResoMetadata.document()))));
        Map<String, Element> dd;
        try (InputStream extract = getClass().getResourceAsStream("/reso/dd-2.0-served-fields.xml")) {
            dd = entityTypes(parse(new InputSource(extract)));
        }

        assertThat(ours.keySet()).containsExactly("Property", "Media", "Member", "Office", "Lookup");
        ours.forEach((name, type) -> {
            Element standard = dd.get(name);
            assertThat(standard).as("the DD's " + name).isNotNull();
            assertThat(key(type)).as(name + "'s key").isEqualTo(key(standard));
            Map<String, Element> standardFields = properties(standard);
            properties(type).forEach((field, declared) -> {
                Element expected = standardFields.get(field);
                assertThat(expected).as(name + "." + field + " is a DD field").isNotNull();
                for (String facet : new String[] {"Type", "Nullable", "MaxLength", "Precision", "Scale"}) {
                    assertThat(declared.getAttribute(facet)).as(name + "." + field + " " + facet)
                            .isEqualTo(expected.getAttribute(facet));
                }
                assertThat(lookupName(declared)).as(name + "." + field + " lookup").isEqualTo(lookupName(expected));
            });
        });
    }

    @Test
    void theContainerNamesEachResourceAndPropertyNavigatesToItsMedia() throws Exception {
        Document ours = parse(new InputSource(new StringReader(ResoMetadata.document())));
        Element container = (Element) ours.getElementsByTagNameNS(EDM, "EntityContainer").item(0);
        assertThat(container.getAttribute("Name")).isEqualTo("Default");
        NodeList sets = container.getElementsByTagNameNS(EDM, "EntitySet");
        Map<String, String> types = new LinkedHashMap<>();
        for (int i = 0; i < sets.getLength(); i++) {
            Element set = (Element) sets.item(i);
            types.put(set.getAttribute("Name"), set.getAttribute("EntityType"));
        }
        assertThat(types).containsEntry("Property", "org.reso.metadata.Property")
                .containsEntry("Lookup", "org.reso.metadata.Lookup").hasSize(5);
        Element binding = (Element) ((Element) sets.item(0)).getElementsByTagNameNS(EDM, "NavigationPropertyBinding")
                .item(0);
        assertThat(binding.getAttribute("Path")).isEqualTo("Media");
        assertThat(binding.getAttribute("Target")).isEqualTo("Media");
        Element navigation = (Element) entityTypes(ours).get("Property").getElementsByTagNameNS(EDM,
                "NavigationProperty").item(0);
        assertThat(navigation.getAttribute("Type")).isEqualTo("Collection(org.reso.metadata.Media)");
    }

    private static Document parse(InputSource source) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(source);
    }

    private static Map<String, Element> entityTypes(Document document) {
        Map<String, Element> types = new LinkedHashMap<>();
        NodeList list = document.getElementsByTagNameNS(EDM, "EntityType");
        for (int i = 0; i < list.getLength(); i++) {
            Element type = (Element) list.item(i);
            types.put(type.getAttribute("Name"), type);
        }
        return types;
    }

    private static Map<String, Element> properties(Element entityType) {
        Map<String, Element> fields = new LinkedHashMap<>();
        NodeList list = entityType.getElementsByTagNameNS(EDM, "Property");
        for (int i = 0; i < list.getLength(); i++) {
            Element field = (Element) list.item(i);
            fields.put(field.getAttribute("Name"), field);
        }
        return fields;
    }

    private static String key(Element entityType) {
        return ((Element) entityType.getElementsByTagNameNS(EDM, "PropertyRef").item(0)).getAttribute("Name");
    }

    private static String lookupName(Element field) {
        NodeList annotations = field.getElementsByTagNameNS(EDM, "Annotation");
        return annotations.getLength() == 0 ? null : ((Element) annotations.item(0)).getAttribute("String");
    }
}
