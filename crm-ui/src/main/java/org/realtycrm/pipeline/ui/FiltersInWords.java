package org.realtycrm.pipeline.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.realtycrm.pipeline.entity.TargetFilters;

/**
 * A target as the criteria table reads it, one short phrase per filter set: "ZIPs 78701, 78702 · equity 40–100% ·
 * ABSENTEE or CORPORATE · vacant". What is not there lets every row through.
 */
final class FiltersInWords {

    private FiltersInWords() {
    }

    static String of(TargetFilters filters) {
        List<String> words = new ArrayList<>();
        listed(words, "ZIPs ", filters.zips());
        listed(words, "cities ", filters.cities());
        listed(words, "counties ", filters.counties());
        if (filters.radius() != null) {
            words.add("within " + plain(filters.radius().miles()) + " mi of " + plain(filters.radius().latitude())
                    + ", " + plain(filters.radius().longitude()));
        }
        listed(words, "types ", filters.propertyTypes());
        range(words, "equity ", filters.minEquityPercent(), filters.maxEquityPercent(), "", "%");
        if (!filters.ownerTypes().isEmpty()) {
            words.add(filters.ownerTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(" or ")));
        }
        flag(words, filters.vacant(), "vacant", "occupied");
        flag(words, filters.taxDelinquent(), "tax delinquent", "taxes paid");
        flag(words, filters.preForeclosure(), "pre-foreclosure", "no pre-foreclosure");
        range(words, "owned ", number(filters.minYearsOwned()), number(filters.maxYearsOwned()), "", " years");
        range(words, "value ", filters.minValue(), filters.maxValue(), "$", "");
        return words.isEmpty() ? "every row" : String.join(" · ", words);
    }

    private static void listed(List<String> words, String what, Collection<String> values) {
        if (!values.isEmpty()) {
            words.add(what + values.stream().sorted().collect(Collectors.joining(", ")));
        }
    }

    private static void range(List<String> words, String what, BigDecimal min, BigDecimal max, String currency,
            String unit) {
        if (min != null && max != null) {
            words.add(what + currency + plain(min) + "–" + currency + plain(max) + unit);
        } else if (min != null) {
            words.add(what + "≥ " + currency + plain(min) + unit);
        } else if (max != null) {
            words.add(what + "≤ " + currency + plain(max) + unit);
        }
    }

    private static void flag(List<String> words, Boolean wanted, String yes, String no) {
        if (wanted != null) {
            words.add(wanted ? yes : no);
        }
    }

    private static BigDecimal number(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
