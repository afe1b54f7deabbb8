package org.realtycrm.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void columnsAreTabSeparatedRowsEndWithANewlineAndNullIsBackslashN() {
        String text = new CopyText().add(1).add("plain").add(null).endRow().add("second").endRow().toString();

        assertThat(text).isEqualTo("1\tplain\t\\N\nsecond\n");
    }

    @Test
    void whatWouldBreakARowApartIsEscapedWhereverItStands() {
        String text = new CopyText().add("a\\b\tc\nd\re").add("\tstart").add("end\n").endRow().toString();

        assertThat(text).isEqualTo("a\\\\b\\tc\\nd\\re\t\\tstart\tend\\n\n");
    }

    @Test
    void aNulCharacterIsDroppedBecausePostgresqlTextCannotHoldIt() {
        assertThat(new CopyText().add("nul\0here").endRow().toString()).isEqualTo("nulhere\n");
    }
}
