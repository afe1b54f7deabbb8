package org.realtycrm.campaign.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A message on jms/OutboundMessage names its sends by id, comma-separated: read back in the order written. */
class SendQueueTest {

    @Test
    void the_ids_are_read_in_the_order_written() {
        assertThat(SendQueue.idsOf("1,2,3")).containsExactly(1L, 2L, 3L);
        assertThat(SendQueue.idsOf("30,4,17")).containsExactly(30L, 4L, 17L);
    }

    @Test
    void one_id_is_a_list_of_one() {
        assertThat(SendQueue.idsOf("42")).containsExactly(42L);
    }

    @Test
    void spaces_around_an_id_are_no_part_of_it() {
        assertThat(SendQueue.idsOf(" 1 , 2,\t3 ")).containsExactly(1L, 2L, 3L);
    }

    @Test
    void ids_beyond_an_int_are_read_whole() {
        assertThat(SendQueue.idsOf("2147483648,9223372036854775807"))
                .containsExactly(2_147_483_648L, Long.MAX_VALUE);
    }

    @Test
    void repeated_ids_are_kept_as_written() {
        // the sender works each id; a send named twice is settled by the first and passed over by the second
        assertThat(SendQueue.idsOf("5,5")).containsExactly(5L, 5L);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n"})
    void no_ids_or_blank_ones_name_no_send(String ids) {
        assertThat(SendQueue.idsOf(ids)).isEmpty();
    }
}
