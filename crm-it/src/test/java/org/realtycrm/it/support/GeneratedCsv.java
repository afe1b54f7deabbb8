package org.realtycrm.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A large import file written to disk: every {@code invalidEvery}-th row has a malformed email, every
 * {@code duplicateEvery}-th row repeats the email of the row before it; the rest are distinct leads with an email
 * and, on every other row, a phone in the given area code. The expected counts follow from the construction.
 */
public record GeneratedCsv(Path file, int rows, int invalid, int duplicates) {

    public static GeneratedCsv write(Path file, int rows, String areaCode, int invalidEvery, int duplicateEvery) {
        String run = Unique.word();
        int invalid = 0;
        int duplicates = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("First Name,Last Name,Email,Phone,Source,Temperature\n");
            String previousEmail = null;
            for (int i = 1; i <= rows; i++) {
                String email;
                if (i % invalidEvery == 0) {
                    email = "broken-" + i + "@";
                    invalid++;
                } else if (i % duplicateEvery == 0 && previousEmail != null) {
                    email = previousEmail;
                    duplicates++;
                } else {
                    email = "bulk." + run + "." + i + "@it.realtycrm.test";
                }
                // distinct numbers: exchange 200-999 (not 555/N11) and line from the row number
                String phone = i % 2 == 0 || email.equals(previousEmail) ? ""
                        : "(" + areaCode + ") " + exchange(i) + "-" + String.format("%04d", (i / 2) % 10_000);
                out.write("Row" + i + ",Bulk," + email + "," + phone + ",Bulk list," + (i % 3 == 0 ? "HOT" : "") + "\n");
                if (!email.startsWith("broken-")) {
                    previousEmail = email;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GeneratedCsv(file, rows, invalid, duplicates);
    }

    /** The (row / 2 / 10,000)-th usable exchange from 200 on. */
    private static int exchange(int row) {
        int wanted = (row / 2) / 10_000;
        int exchange = 199;
        for (int found = -1; found < wanted; ) {
            exchange++;
            if (UsPhone.isUsableExchange(exchange)) {
                found++;
            }
        }
        return exchange;
    }

    public int imported() {
        return rows - invalid - duplicates;
    }
}
