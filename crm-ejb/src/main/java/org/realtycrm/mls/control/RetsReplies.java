package org.realtycrm.mls.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The XML bodies of RETS 1.7.2 transactions: the {@code <RETS ReplyCode ReplyText>} envelope, the login's
 * {@code <RETS-RESPONSE>} key=value lines, and a Search answer in COMPACT(-DECODED) format. Parsed without DTDs or
 * external entities.
 */
final class RetsReplies {

    /** Search found nothing: an empty answer, not an error. */
    static final int NO_RECORDS_FOUND = 20201;
    /** GetObject found no object. */
    static final int NO_OBJECT_FOUND = 20403;

    private RetsReplies() {
    }

    /** A Search answer: rows as column→value in the server's order. */
    record SearchAnswer(List<String> columns, List<Map<String, String>> rows, OptionalInt count, boolean maxRows) {
    }

    /** The login's capability URLs and other key=value lines, keys as sent. */
    static Map<String, String> login(byte[] body, URI url) {
        Element rets = envelope(body, url, "the login");
        int code = replyCode(rets, url);
        if (code != 0) {
            throw refused("the login", rets, code, url);
        }
        Map<String, String> values = new LinkedHashMap<>();
        NodeList responses = rets.getElementsByTagName("RETS-RESPONSE");
        String text = responses.getLength() > 0 ? responses.item(0).getTextContent() : rets.getTextContent();
        for (String line : text.split("\\r?\\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        return values;
    }

    static SearchAnswer search(byte[] body, URI url) {
        Element rets = envelope(body, url, "the search");
        int code = replyCode(rets, url);
        if (code == NO_RECORDS_FOUND) {
            return new SearchAnswer(List.of(), List.of(), OptionalInt.of(0), false);
        }
        if (code != 0) {
            throw refused("the search", rets, code, url);
        }
        OptionalInt count = OptionalInt.empty();
        NodeList counts = rets.getElementsByTagName("COUNT");
        if (counts.getLength() > 0) {
            try {
                count = OptionalInt.of(Integer.parseInt(((Element) counts.item(0)).getAttribute("Records").trim()));
            } catch (NumberFormatException e) {
                throw new FeedUnavailableException("the search's COUNT is not a number", 200, url, 1, e);
            }
        }
        NodeList columnElements = rets.getElementsByTagName("COLUMNS");
        NodeList data = rets.getElementsByTagName("DATA");
        if (columnElements.getLength() == 0) {
            if (data.getLength() > 0) {
                throw new FeedUnavailableException("the search sent DATA without COLUMNS", 200, url, 1);
            }
            return new SearchAnswer(List.of(), List.of(), count, false);
        }
        char delimiter = delimiter(rets, url);
        List<String> columns = fields(columnElements.item(0).getTextContent(), delimiter);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < data.getLength(); i++) {
            List<String> values = fields(data.item(i).getTextContent(), delimiter);
            if (values.size() != columns.size()) {
                throw new FeedUnavailableException("a DATA row has " + values.size() + " values for " + columns.size()
                        + " columns", 200, url, 1);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                row.put(columns.get(c), values.get(c));
            }
            rows.add(row);
        }
        boolean maxRows = rets.getElementsByTagName("MAXROWS").getLength() > 0;
        return new SearchAnswer(columns, rows, count, maxRows);
    }

    /** The ReplyCode of a RETS XML reply (e.g. a GetObject error), or empty when the body is not one. */
    static OptionalInt replyCodeOf(byte[] body, URI url) {
        try {
            return OptionalInt.of(replyCode(envelope(body, url, "the answer"), url));
        } catch (FeedUnavailableException e) {
            return OptionalInt.empty();
        }
    }

    static String replyText(byte[] body, URI url) {
        return envelope(body, url, "the answer").getAttribute("ReplyText");
    }

    /** A COMPACT line: values between delimiters, the line starting and ending with one. */
    static List<String> fields(String line, char delimiter) {
        String text = line;
        if (!text.isEmpty() && text.charAt(0) == delimiter) {
            text = text.substring(1);
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) == delimiter) {
            text = text.substring(0, text.length() - 1);
        }
        return Arrays.asList(text.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1));
    }

    private static char delimiter(Element rets, URI url) {
        NodeList delimiters = rets.getElementsByTagName("DELIMITER");
        if (delimiters.getLength() == 0) {
            return '\t';
        }
        String hex = ((Element) delimiters.item(0)).getAttribute("value").trim();
        try {
            int code = Integer.parseInt(hex, 16);
            if (code < 1 || code > 0xFF) {
                throw new NumberFormatException(hex);
            }
            return (char) code;
        } catch (NumberFormatException e) {
            throw new FeedUnavailableException("the DELIMITER value " + hex + " is not a hex character code", 200, url, 1, e);
        }
    }

    private static int replyCode(Element rets, URI url) {
        try {
            return Integer.parseInt(rets.getAttribute("ReplyCode").trim());
        } catch (NumberFormatException e) {
            throw new FeedUnavailableException("the RETS reply has no numeric ReplyCode", 200, url, 1, e);
        }
    }

    private static FeedUnavailableException refused(String what, Element rets, int code, URI url) {
        return new FeedUnavailableException("the RETS server refused " + what + ": ReplyCode " + code + " "
                + rets.getAttribute("ReplyText"), 200, url, 1);
    }

    private static Element envelope(byte[] body, URI url, String what) {
        try {
            Document document = parser().parse(new ByteArrayInputStream(body));
            Element root = document.getDocumentElement();
            if (!"RETS".equals(root.getTagName())) {
                throw new FeedUnavailableException(what + " is not a RETS reply (" + root.getTagName() + ")", 200, url, 1);
            }
            return root;
        } catch (SAXException | IOException e) {
            throw new FeedUnavailableException(what + " is not RETS XML (" + e.getMessage() + ")", 200, url, 1, e);
        }
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
        }
    }
}
