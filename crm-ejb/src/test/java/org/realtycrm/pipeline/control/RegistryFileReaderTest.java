package org.realtycrm.pipeline.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.realtycrm.pipeline.control.RegistryFileReader.Change;
import org.realtycrm.pipeline.control.RegistryFileReader.Result;

class RegistryFileReaderTest {

    private static Result read(String text, Change lineDefault) throws IOException {
        return RegistryFileReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)),
                lineDefault);
    }

    @Test
    void reads_a_full_list_of_ten_digit_numbers_with_windows_line_ends_and_no_last_newline() throws IOException {
        Result result = read("2025550143\r\n2025550144\r\n3015550100", Change.ADD);

        assertThat(result.additions().contains(2025550143L)).isTrue();
        assertThat(result.additions().contains(2025550144L)).isTrue();
        assertThat(result.additions().contains(3015550100L)).isTrue();
        assertThat(result.additions().contains(2025550145L)).isFalse();
        assertThat(result.additions().areaCodes()).containsExactly(202, 301);
        assertThat(result.numbersAdded()).isEqualTo(3);
        assertThat(result.lines()).isEqualTo(3);
        assertThat(result.rejectedCount()).isZero();
    }

    @Test
    void reads_area_code_and_number_in_two_fields_and_a_leading_country_code() throws IOException {
        Result result = read("AreaCode,PhoneNumber\n202,5550143\n\"202\",\"5550199\"\n12025550177\n", Change.ADD);

        assertThat(result.numbersAdded()).isEqualTo(3);
        assertThat(result.additions().contains(2025550199L)).isTrue();
        assertThat(result.additions().contains(2025550177L)).isTrue();
        assertThat(result.rejectedCount()).isZero();
    }

    @Test
    void a_change_list_line_flags_its_change_whatever_the_default_and_other_fields_are_ignored() throws IOException {
        Result result = read("""
                202,5550143,A,2026-11-30
                202,5550144,2026-11-30,d
                2025550145, Deleted
                2025550146
                """, Change.ADD);

        assertThat(result.additions().contains(2025550143L)).isTrue();
        assertThat(result.deletions().contains(2025550144L)).isTrue();
        assertThat(result.deletions().contains(2025550145L)).isTrue();
        assertThat(result.additions().contains(2025550146L)).isTrue();
        assertThat(result.numbersAdded()).isEqualTo(2);
        assertThat(result.numbersDeleted()).isEqualTo(2);
    }

    @Test
    void a_deletions_file_deletes_lines_without_a_flag() throws IOException {
        Result result = read("2025550143\n", Change.DELETE);

        assertThat(result.deletions().contains(2025550143L)).isTrue();
        assertThat(result.numbersAdded()).isZero();
    }

    @Test
    void rejects_each_line_without_a_us_number_with_its_line_and_reason_and_skips_blank_lines() throws IOException {
        Result result = read("2025550143\n\n12345\n0125550143\nhello\n2025550143X\n" + "9".repeat(600) + "\n",
                Change.ADD);

        assertThat(result.numbersAdded()).isEqualTo(1);
        assertThat(result.rejectedCount()).isEqualTo(5);
        assertThat(result.rejected()).extracting(Object::toString).containsExactly(
                "line 3: holds no 10-digit phone number",
                "line 4: area code 12 is not a US area code",
                "line 5: holds no 10-digit phone number",
                "line 6: holds no 10-digit phone number",
                "line 7: longer than 512 characters");
    }

    @Test
    void names_the_file_of_an_archive_in_its_rejects_and_counts_lines_per_file() throws IOException {
        RegistryFileReader reader = new RegistryFileReader(Change.ADD);
        reader.add("202.txt", new ByteArrayInputStream("2025550143\n".getBytes(StandardCharsets.US_ASCII)));
        reader.add("301.txt", new ByteArrayInputStream("3015550100\nnope\n".getBytes(StandardCharsets.US_ASCII)));

        Result result = reader.result();

        assertThat(result.lines()).isEqualTo(3);
        assertThat(result.rejected()).extracting(Object::toString)
                .containsExactly("301.txt line 2: holds no 10-digit phone number");
    }

    @Test
    void a_byte_order_mark_is_not_a_line_of_its_own() throws IOException {
        byte[] text = "\uFEFF2025550143\n".getBytes(StandardCharsets.UTF_8);

        Result result = RegistryFileReader.read(new ByteArrayInputStream(text), Change.ADD);

        assertThat(result.numbersAdded()).isEqualTo(1);
        assertThat(result.rejectedCount()).isZero();
    }

    @Test
    void lines_cut_across_reads_and_buffers_read_the_same_as_whole() throws IOException {
        // 200,000 lines of every shape (about 2.6 MB): the 64 KiB buffer ends inside many of them
        StringBuilder text = new StringBuilder();
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            long number = 2_000_000_000L + random.nextLong(8_000_000_000L);
            switch (random.nextInt(6)) {
                case 0 -> text.append(number / 10_000_000).append(',').append(number % 10_000_000);
                case 1 -> text.append(number).append(",D");
                case 2 -> text.append(number).append('\r');
                case 3 -> text.append("x").append(number);
                case 4 -> text.append(100_000_000L + random.nextLong(99_999_999L)); // area code 01x..: rejected
                default -> text.append(number);
            }
            text.append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        Result whole = RegistryFileReader.read(new ByteArrayInputStream(bytes), Change.ADD);

        // a stream that hands out at most 7 bytes a read, as a slow network does
        java.io.InputStream trickle = new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        Result cut = RegistryFileReader.read(trickle, Change.ADD);

        assertThat(cut.lines()).isEqualTo(whole.lines()).isEqualTo(200_000);
        assertThat(cut.rejectedCount()).isEqualTo(whole.rejectedCount()).isPositive();
        assertThat(cut.rejected()).isEqualTo(whole.rejected());
        assertThat(cut.additions().asMap()).isEqualTo(whole.additions().asMap());
        assertThat(cut.deletions().asMap()).isEqualTo(whole.deletions().asMap());
        assertThat(whole.numbersAdded() + whole.numbersDeleted() + whole.rejectedCount()).isLessThanOrEqualTo(200_000);
    }

    @Test
    void reads_numbers_out_of_order_across_area_codes() throws IOException {
        Result result = read("3015550100\n2025550143\n3015550001\n2025550001\n", Change.ADD);

        assertThat(result.additions().cardinality()).isEqualTo(4);
        assertThat(result.additions().contains(3015550001L)).isTrue();
        assertThat(result.additions().contains(2025550001L)).isTrue();
    }
}
