package org.realtycrm.campaign.ui;

import java.util.ArrayList;
import java.util.List;

import org.realtycrm.platform.problem.InvalidInputException;

/** Lead ids as a user types them to put leads in by hand: "12, 15 18;20", separated any way. */
final class LeadIds {

    private LeadIds() {
    }

    /** @throws InvalidInputException on {@code leadIds}, naming each word that is not a lead's id */
    static List<Long> parse(String typed) {
        List<Long> ids = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return ids;
        }
        List<String> wrong = new ArrayList<>();
        for (String word : typed.strip().split("[\\s,;]+")) {
            try {
                long id = Long.parseLong(word.startsWith("#") ? word.substring(1) : word);
                if (id <= 0) {
                    wrong.add(word);
                } else {
                    ids.add(id);
                }
            } catch (NumberFormatException notANumber) {
                wrong.add(word);
            }
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException("leadIds", "not a lead's id: " + String.join(", ", wrong));
        }
        return ids;
    }
}
