package org.realtycrm.pipeline.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class AreaCodeBitmapsTest {

    @Test
    void keeps_numbers_per_area_code_and_survives_its_stored_form() {
        AreaCodeBitmaps numbers = new AreaCodeBitmaps();
        numbers.add(2025550143L);
        numbers.add(2029999999L);
        numbers.add(9990000000L);
        numbers.remove(2029999999L);
        numbers.optimise();

        RoaringBitmap restored = AreaCodeBitmaps.deserialize(AreaCodeBitmaps.serialize(numbers.lines(202)));

        assertThat(restored).isEqualTo(numbers.lines(202));
        assertThat(restored.contains(5550143)).isTrue();
        assertThat(numbers.contains(2029999999L)).isFalse();
        assertThat(numbers.contains(9990000000L)).isTrue();
        assertThat(numbers.cardinality()).isEqualTo(2);
    }

    @Test
    void knows_the_north_american_area_codes() {
        assertThat(AreaCodeBitmaps.isNanpNumber(2025550143L)).isTrue();
        assertThat(AreaCodeBitmaps.isNanpNumber(1995550143L)).isFalse();
        assertThat(AreaCodeBitmaps.areaCodeOf(9995550143L)).isEqualTo(999);
    }
}
