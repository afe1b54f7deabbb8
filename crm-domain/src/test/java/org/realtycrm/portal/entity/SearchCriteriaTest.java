package org.realtycrm.portal.entity;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchCriteriaTest {

    @Test
    void blank_texts_are_no_criterion_and_the_rest_is_stripped() {
        SearchCriteria criteria = SearchCriteria.of("  ", " Austin ", null, null, 500_000L, 3, null, "");
        assertThat(criteria.getText()).isNull();
        assertThat(criteria.getCity()).isEqualTo("Austin");
        assertThat(criteria.getMaxPrice()).isEqualByComparingTo(new BigDecimal("500000"));
        assertThat(criteria.getMinBeds()).isEqualTo(3);
        assertThat(criteria.getPropertyType()).isNull();
    }

    @Test
    void every_wrong_field_is_reported_at_once_by_the_website_s_names() {
        assertThatThrownBy(() -> SearchCriteria.of("x".repeat(101), null, "7870", 600_000L, 500_000L, 120, -1,
                "Resi\ndential"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("criteria.q", "criteria.zip", "criteria.maxPrice", "criteria.beds",
                                "criteria.baths", "criteria.type"));
    }

    @Test
    void a_zip_of_five_or_nine_digits_is_taken() {
        assertThat(SearchCriteria.of(null, null, "78701", null, null, null, null, null).getPostalCode())
                .isEqualTo("78701");
        assertThat(SearchCriteria.of(null, null, "78701-1234", null, null, null, null, null).getPostalCode())
                .isEqualTo("78701-1234");
    }

    @Test
    void prices_out_of_range_are_refused() {
        assertThatThrownBy(() -> SearchCriteria.of(null, null, null, -5L, null, null, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SearchCriteria.of(null, null, null, null, SearchCriteria.MAX_PRICE + 1, null, null,
                null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void criteria_read_as_words() {
        assertThat(SearchCriteria.of(null, "Austin", null, null, 500_000L, 3, null, null).describe())
                .isEqualTo("3+ beds in Austin under $500,000");
        assertThat(SearchCriteria.of("pool", null, "78701", 300_000L, 450_000L, null, 2, "Residential").describe())
                .isEqualTo("\u201cpool\u201d, 2+ baths, Residential in 78701, $300,000 to $450,000");
        assertThat(SearchCriteria.of(null, null, null, 250_000L, null, null, null, null).describe())
                .isEqualTo("Homes from $250,000");
        assertThat(SearchCriteria.of(null, null, null, null, null, null, null, null).describe())
                .isEqualTo("All homes for sale");
    }
}
