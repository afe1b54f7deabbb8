package org.realtycrm.campaign.entity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047's encoded words in a header ({@code =?UTF-8?B?w4FuYQ==?=}, {@code =?iso-8859-1?Q?Jos=E9?=}), decoded; the
 * space between two encoded words is dropped, as the RFC asks. A word in a charset Java does not know, or not well
 * encoded, stays as written: a name shown oddly is better than a mail refused.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

    private EncodedWords() {
    }

    static String decode(String header) {
        if (!header.contains("=?")) {
            return header;
        }
        Matcher word = WORD.matcher(BETWEEN_WORDS.matcher(header).replaceAll("$1$2"));
        StringBuilder decoded = new StringBuilder();
        while (word.find()) {
            word.appendReplacement(decoded, Matcher.quoteReplacement(decodeWord(word)));
        }
        word.appendTail(decoded);
        return decoded.toString();
    }

    private static String decodeWord(Matcher word) {
        try {
            Charset charset = Charset.forName(word.group(1).replaceAll("\\*.*$", "")); // RFC 2231's language tag
            byte[] bytes = word.group(2).equalsIgnoreCase("B") ? Base64.getMimeDecoder().decode(word.group(3))
                    : quoted(word.group(3));
            return new String(bytes, charset);
        } catch (IllegalArgumentException e) { // an unknown charset, bad base64 or hex: all of them
            return word.group();
        }
    }

    /** The Q encoding: {@code _} a space, {@code =XX} a byte in hex. */
    private static byte[] quoted(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < text.length()) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }
}
