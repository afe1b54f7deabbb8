package org.realtycrm.property.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.realtycrm.platform.problem.InvalidInput.rejectedField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

class BoundingBoxTest {

    @Test
    void noCornerIsNoBox() {
        assertThat(BoundingBox.of(null, null, null, null)).isNull();
    }

    @Test
    void aMapViewIsABox() {
        BoundingBox austin = BoundingBox.of(30.2, -97.8, 30.3, -97.7);

        assertThat(austin).isEqualTo(new BoundingBox(30.2, -97.8, 30.3, -97.7));
    }

    @Test
    void aPointIsABoxToo() {
        assertThat(new BoundingBox(30.25, -97.75, 30.25, -97.75).north()).isEqualTo(30.25);
    }

    @Test
    void someCornersButNotAllNameWhatIsMissing() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> BoundingBox.of(30.2, null, 30.3, null));

        assertThat(refused.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("west", "east");
    }

    @ParameterizedTest
    @CsvSource({
        "-91,  0,   0,  1, south",
        "0,    0,   91, 1, north",
        "0,    -181, 1, 1, west",
        "0,    0,   1, 180.5, east",
        "NaN,  0,   1, 1, south",
        "31,   0,   30, 1, south",
        "0,    170, 1, -170, west"})
    void refusesABoxNoMapShows(double south, double west, double north, double east, String field) {
        FieldError error = rejectedField(() -> new BoundingBox(south, west, north, east));

        assertThat(error.field()).isEqualTo(field);
    }
}
