package org.realtycrm.portal.entity;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SavedSearchTest {

    private static final SearchCriteria AUSTIN = SearchCriteria.of(null, "Austin", null, null, null, 3, null, null);

    @Test
    void a_search_without_a_name_is_named_by_its_criteria_and_alerts_instantly() {
        SavedSearch search = new SavedSearch(7, " ", AUSTIN, null);
        assertThat(search.getName()).isEqualTo("3+ beds in Austin");
        assertThat(search.getFrequency()).isEqualTo(AlertFrequency.INSTANT);
        assertThat(search.belongsTo(7)).isTrue();
        assertThat(search.belongsTo(8)).isFalse();
    }

    @Test
    void each_search_has_its_own_unguessable_unsubscribe_token() {
        String first = new SavedSearch(7, "a", AUSTIN, AlertFrequency.DAILY).getUnsubscribeToken();
        String second = new SavedSearch(7, "a", AUSTIN, AlertFrequency.DAILY).getUnsubscribeToken();
        assertThat(first).matches("[0-9a-f]{64}").isNotEqualTo(second);
    }

    @Test
    void unsubscribing_turns_the_alerts_off_and_keeps_the_search() {
        SavedSearch search = new SavedSearch(7, "Downtown", AUSTIN, AlertFrequency.DAILY);
        search.unsubscribe();
        assertThat(search.getFrequency()).isEqualTo(AlertFrequency.OFF);
        assertThat(search.getName()).isEqualTo("Downtown");
    }

    @Test
    void a_typed_name_is_one_line_of_at_most_120_characters() {
        SavedSearch search = new SavedSearch(7, "Downtown", AUSTIN, AlertFrequency.INSTANT);
        assertThatThrownBy(() -> search.rename("x".repeat(121))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> search.rename("two\nlines")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> search.rename("  ")).isInstanceOf(InvalidInputException.class);
        search.rename("  Near the park ");
        assertThat(search.getName()).isEqualTo("Near the park");
    }

    @Test
    void a_search_for_every_home_has_criteria_even_when_jpa_loads_none() throws ReflectiveOperationException {
        SavedSearch search = new SavedSearch(7, null, SearchCriteria.of(null, null, null, null, null, null, null, null),
                null);
        java.lang.reflect.Field criteria = SavedSearch.class.getDeclaredField("criteria");
        criteria.setAccessible(true);
        criteria.set(search, null); // as Hibernate loads an embedded value whose columns are all null
        assertThat(search.getCriteria().describe()).isEqualTo("All homes for sale");
        assertThat(search.getName()).isEqualTo("All homes for sale");
    }

    @Test
    void criteria_too_long_in_words_are_cut_for_the_default_name() {
        SearchCriteria wordy = SearchCriteria.of("w".repeat(100), "Austin", "78701", 1L, 2L, 3, 4, "Residential");
        assertThat(new SavedSearch(7, null, wordy, null).getName()).hasSize(SavedSearch.MAX_NAME).endsWith("\u2026");
    }
}
