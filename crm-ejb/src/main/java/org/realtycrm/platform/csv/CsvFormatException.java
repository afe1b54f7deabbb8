package org.realtycrm.platform.csv;

import java.io.IOException;

/** The file cannot be read as CSV from this point on. */
public class CsvFormatException extends IOException {

    public CsvFormatException(String message) {
        super(message);
    }
}
