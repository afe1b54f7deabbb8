package org.realtycrm.report.entity;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

public interface SourceCostRepository {

    /** By source, then month. */
    List<SourceCost> all();

    Optional<SourceCost> find(String source, YearMonth month);

    /** The costs of the months from {@code first} to {@code last}, both included. */
    List<SourceCost> between(YearMonth first, YearMonth last);

    void add(SourceCost cost);

    void remove(SourceCost cost);
}
