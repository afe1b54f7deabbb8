package org.realtycrm.property.control;

import static java.util.Collections.nCopies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

class ODataFilterTest {

    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    private static final Map<String, ResoField> FIELDS = Stream.of(
            ResoField.decimal("ListPrice", "p.list_price", 14, 2),
            ResoField.decimal("OriginalListPrice", "p.original_list_price", 14, 2),
            ResoField.of("BedroomsTotal", EdmType.INT64, "p.bedrooms_total"),
            ResoField.string("City", "p.city", 50),
            ResoField.string("PostalCode", "p.postal_code", 10),
            ResoField.lookup("StandardStatus", "p.standard_status", 50, "StandardStatus"),
            ResoField.of("CloseDate", EdmType.DATE, "p.close_date"),
            ResoField.of("ModificationTimestamp", EdmType.DATE_TIME_OFFSET, "p.modification_timestamp"),
            ResoField.of("InternetEntireListingDisplayYN", EdmType.BOOLEAN, "p.display_yn"),
            ResoField.string("UnparsedAddress", "concat_ws(' ', p.street_number, p.street_name)", 255),
            ResoField.lookups("Appliances", "(p.appliances)", 1024, "Appliances"),
            ResoField.lookups("Heating", "p.payload->'Heating'", 1024, "Heating"),
            ResoField.lookups("Cooling", "(p.cooling) || (p.cooling_extra)", 1024, "Cooling"))
            .collect(Collectors.toMap(ResoField::name, Function.identity()));

    private static SqlCondition toSql(String filter) {
        return ODataFilter.toSql(filter, name -> Optional.ofNullable(FIELDS.get(name)), NOW);
    }

    private static void assertSql(String filter, String sql, Object... parameters) {
        SqlCondition condition = toSql(filter);
        assertThat(condition.sql()).as(filter).isEqualTo(sql);
        assertThat(condition.parameters()).as(filter).containsExactly(parameters);
    }

    /** The message of the one error on $filter that {@code filter} causes. */
    private static String error(String filter) {
        Throwable thrown = catchThrowable(() -> toSql(filter));
        assertThat(thrown).as(filter).isInstanceOf(InvalidInputException.class);
        List<FieldError> errors = ((InvalidInputException) thrown).errors();
        assertThat(errors).extracting(FieldError::field).containsExactly("$filter");
        return errors.get(0).message();
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    private static OffsetDateTime utc(String value) {
        return OffsetDateTime.parse(value);
    }

    @Nested
    class Comparisons {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "ListPrice eq 350000 | p.list_price = ?",
                "ListPrice ne 350000 | p.list_price is distinct from ?",
                "ListPrice gt 350000 | p.list_price > ?",
                "ListPrice ge 350000 | p.list_price >= ?",
                "ListPrice lt 350000 | p.list_price < ?",
                "ListPrice le 350000 | p.list_price <= ?"})
        void eachOperator(String filter, String sql) {
            assertSql(filter, sql, decimal("350000"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "5 eq BedroomsTotal | p.bedrooms_total = ?",
                "5 ne BedroomsTotal | p.bedrooms_total is distinct from ?",
                "5 lt BedroomsTotal | p.bedrooms_total > ?",
                "5 le BedroomsTotal | p.bedrooms_total >= ?",
                "5 gt BedroomsTotal | p.bedrooms_total < ?",
                "5 ge BedroomsTotal | p.bedrooms_total <= ?"})
        void aValueOnTheLeftIsSwappedToTheRight(String filter, String sql) {
            assertSql(filter, sql, 5L);
        }

        @Test
        void reversedOperandsOfEveryType() {
            assertSql("'Austin' eq City", "p.city = ?", "Austin");
            assertSql("2024-01-01 le CloseDate", "p.close_date >= ?", LocalDate.of(2024, 1, 1));
            assertSql("now() gt ModificationTimestamp", "p.modification_timestamp < ?", utc("2024-06-01T12:00Z"));
            assertSql("null eq City", "p.city is null");
        }

        @Test
        void twoFieldsOfTheSameOrNumericTypes() {
            assertSql("ListPrice lt OriginalListPrice", "p.list_price < p.original_list_price");
            assertSql("ListPrice ge BedroomsTotal", "p.list_price >= p.bedrooms_total");
            assertSql("City gt PostalCode", "p.city > p.postal_code");
        }

        @Test
        void twoFieldsAreEqualWhenBothAreNullAsInOData() {
            assertSql("ListPrice eq OriginalListPrice", "p.list_price is not distinct from p.original_list_price");
            assertSql("ListPrice ne OriginalListPrice", "p.list_price is distinct from p.original_list_price");
        }

        @Test
        void fieldsOfOtherTypesCannotBeCompared() {
            assertThat(error("City eq ListPrice"))
                    .isEqualTo("City is Edm.String and ListPrice is Edm.Decimal: they cannot be compared");
            assertThat(error("CloseDate lt ModificationTimestamp")).isEqualTo(
                    "CloseDate is Edm.Date and ModificationTimestamp is Edm.DateTimeOffset: they cannot be compared");
        }

        @Test
        void aComputedFieldsSqlIsParenthesised() {
            assertSql("UnparsedAddress eq '1 Main St'", "(concat_ws(' ', p.street_number, p.street_name)) = ?",
                    "1 Main St");
        }

        @Test
        void twoValuesAreNoComparison() {
            assertThat(error("1 eq 1")).isEqualTo("1 eq 1 compares two values: one side must be a field");
        }

        @Test
        void aFunctionConditionComparedWithTrueOrFalse() {
            assertSql("contains(City,'x') eq true", "p.city like ? escape '\\'", "%x%");
            assertSql("contains(City,'x') ne true", "not coalesce(p.city like ? escape '\\', false)", "%x%");
            assertSql("false eq startswith(City,'x')", "not coalesce(p.city like ? escape '\\', false)", "x%");
            assertThat(error("contains(City,'x') gt true"))
                    .isEqualTo("a condition can only be compared with true or false by eq or ne, not by gt with true");
        }
    }

    @Nested
    class Logic {

        @Test
        void andBindsMoreTightlyThanOrAndATopLevelOrIsParenthesised() {
            assertSql("City eq 'A' or City eq 'B' and BedroomsTotal gt 2",
                    "(p.city = ? or p.city = ? and p.bedrooms_total > ?)", "A", "B", 2L);
        }

        @Test
        void parenthesesOverridePrecedence() {
            assertSql("(City eq 'A' or City eq 'B') and BedroomsTotal gt 2",
                    "(p.city = ? or p.city = ?) and p.bedrooms_total > ?", "A", "B", 2L);
            assertSql("BedroomsTotal gt 2 and (City eq 'A' or (City eq 'B' and ListPrice lt 5))",
                    "p.bedrooms_total > ? and (p.city = ? or p.city = ? and p.list_price < ?)",
                    2L, "A", "B", decimal("5"));
        }

        @Test
        void redundantParenthesesAreDropped() {
            assertSql("((City eq 'A'))", "p.city = ?", "A");
            assertSql("(City) eq 'A'", "p.city = ?", "A");
        }

        @Test
        void chainsAreFlat() {
            assertSql("City eq 'A' and City eq 'B' and City eq 'C'", "p.city = ? and p.city = ? and p.city = ?",
                    "A", "B", "C");
            assertSql("City eq 'A' or City eq 'B' or City eq 'C'", "(p.city = ? or p.city = ? or p.city = ?)",
                    "A", "B", "C");
        }

        @Test
        void notNegatesTheComparisonAfterItAndCountsUnknownAsFalse() {
            assertSql("not City eq 'A' and BedroomsTotal gt 2",
                    "not coalesce(p.city = ?, false) and p.bedrooms_total > ?", "A", 2L);
            assertSql("not (City eq 'A' or BedroomsTotal gt 2)",
                    "not coalesce(p.city = ? or p.bedrooms_total > ?, false)", "A", 2L);
            assertSql("not(City eq 'A')", "not coalesce(p.city = ?, false)", "A");
            assertSql("not StandardStatus has 'Active'", "not coalesce(p.standard_status = ?, false)", "Active");
        }

        @Test
        void aBooleanFieldIsACondition() {
            assertSql("InternetEntireListingDisplayYN", "p.display_yn");
            assertSql("not InternetEntireListingDisplayYN", "not coalesce(p.display_yn, false)");
            assertSql("not not InternetEntireListingDisplayYN",
                    "not coalesce(not coalesce(p.display_yn, false), false)");
            assertSql("InternetEntireListingDisplayYN and City eq 'A'", "p.display_yn and p.city = ?", "A");
        }

        @Test
        void anotherValueIsNoCondition() {
            assertThat(error("City")).isEqualTo("position 5: expected a comparison operator (eq, ne, gt, ge, lt, "
                    + "le, in, has), found the end of the filter");
            assertThat(error("City and BedroomsTotal eq 1")).isEqualTo("position 6: expected a comparison "
                    + "operator (eq, ne, gt, ge, lt, le, in, has), found 'and'");
            assertThat(error("(City)")).isEqualTo("position 7: expected a comparison operator (eq, ne, gt, ge, lt, "
                    + "le, in, has), found the end of the filter");
        }
    }

    @Nested
    class InAndHas {

        @Test
        void inIsAListOfParameters() {
            assertSql("StandardStatus in ('Active','Pending')", "p.standard_status in (?, ?)", "Active", "Pending");
            assertSql("ListPrice in (1, 2.5)", "p.list_price in (?, ?)", decimal("1"), decimal("2.5"));
            assertSql("StandardStatus in (org.reso.metadata.enums.StandardStatus'Active')",
                    "p.standard_status in (?)", "Active");
        }

        @Test
        void nullInTheListMatchesNull() {
            assertSql("City in ('Austin', null)", "(p.city in (?) or p.city is null)", "Austin");
            assertSql("BedroomsTotal eq 1 and City in ('Austin', null)",
                    "p.bedrooms_total = ? and (p.city in (?) or p.city is null)", 1L, "Austin");
            assertSql("City in (null)", "p.city is null");
        }

        @Test
        void inChecksEveryValueAndItsSyntax() {
            assertThat(error("City in ('A', 5)")).isEqualTo("City is Edm.String: 5 is not a string");
            assertThat(error("City in 'A'"))
                    .isEqualTo("position 9: expected '(' and a list of values after in, found 'A'");
            assertThat(error("City in ()")).isEqualTo("position 10: expected a field, a function or a value, "
                    + "found ')'");
            assertThat(error("City in ('A' 'B')")).isEqualTo("position 14: expected ',' or ')' to close the '(' "
                    + "at position 9, found 'B'");
            assertThat(error("City in ('A', PostalCode)"))
                    .isEqualTo("in takes a list of values: PostalCode is not a value");
            assertThat(error("'A' in ('A')")).isEqualTo("in needs a field on its left, found 'A'");
        }

        @Test
        void hasIsEqualityWithALookupValueInEitherForm() {
            assertSql("StandardStatus has 'Active'", "p.standard_status = ?", "Active");
            assertSql("StandardStatus has org.reso.metadata.enums.StandardStatus'Active'",
                    "p.standard_status = ?", "Active");
        }

        @Test
        void hasNeedsALookupFieldAndAValue() {
            assertThat(error("City has 'Austin'")).isEqualTo("has needs a lookup field on its left: City is not one");
            assertThat(error("tolower(StandardStatus) has 'active'"))
                    .isEqualTo("has needs a lookup field on its left: tolower(StandardStatus) is not one");
            assertThat(error("StandardStatus has 5"))
                    .isEqualTo("has needs a lookup value such as 'Active' on its right, found 5");
            assertThat(error("StandardStatus has null"))
                    .isEqualTo("has needs a lookup value such as 'Active' on its right, found null");
        }

        @Test
        void anEnumQualifiedLiteralIsItsValueWhereverAStringIs() {
            assertSql("StandardStatus eq org.reso.metadata.enums.StandardStatus'Active Under Contract'",
                    "p.standard_status = ?", "Active Under Contract");
            assertSql("StandardStatus ne Ns.T'It''s'", "p.standard_status is distinct from ?", "It's");
        }
    }

    @Nested
    class Functions {

        @Test
        void containsStartswithEndswithAreCaseSensitiveLikes() {
            assertSql("contains(City,'Aus')", "p.city like ? escape '\\'", "%Aus%");
            assertSql("startswith(City,'Aus')", "p.city like ? escape '\\'", "Aus%");
            assertSql("endswith(City,'tin')", "p.city like ? escape '\\'", "%tin");
        }

        @Test
        void likeWildcardsAndTheEscapeInTheValueAreMatchedLiterally() {
            assertSql("contains(PostalCode,'100%_a\\b')", "p.postal_code like ? escape '\\'", "%100\\%\\_a\\\\b%");
            assertSql("startswith(City,'O''B_')", "p.city like ? escape '\\'", "O'B\\_%");
        }

        @Test
        void caseFunctionsAreOperandsOfComparisonsAndOfTheLikes() {
            assertSql("tolower(City) eq 'austin'", "lower(p.city) = ?", "austin");
            assertSql("toupper(City) ne 'AUSTIN'", "upper(p.city) is distinct from ?", "AUSTIN");
            assertSql("contains(tolower(City),'aus')", "lower(p.city) like ? escape '\\'", "%aus%");
            assertSql("'austin' eq tolower(toupper(City))", "lower(upper(p.city)) = ?", "austin");
            assertSql("tolower(City) eq tolower(PostalCode)",
                    "lower(p.city) is not distinct from lower(p.postal_code)");
        }

        @Test
        void length() {
            assertSql("length(City) gt 5", "length(p.city) > ?", 5L);
        }

        @Test
        void partsOfADate() {
            assertSql("year(CloseDate) eq 2024", "cast(extract(year from p.close_date) as integer) = ?", 2024L);
            assertSql("month(CloseDate) ge 6", "cast(extract(month from p.close_date) as integer) >= ?", 6L);
            assertSql("day(CloseDate) lt 15", "cast(extract(day from p.close_date) as integer) < ?", 15L);
        }

        @Test
        void partsOfADateTimeOffsetAreThoseOfItsUtcTime() {
            assertSql("year(ModificationTimestamp) eq 2024",
                    "cast(extract(year from p.modification_timestamp at time zone 'UTC') as integer) = ?", 2024L);
            assertSql("month(ModificationTimestamp) eq 1",
                    "cast(extract(month from p.modification_timestamp at time zone 'UTC') as integer) = ?", 1L);
            assertSql("day(ModificationTimestamp) eq 31",
                    "cast(extract(day from p.modification_timestamp at time zone 'UTC') as integer) = ?", 31L);
            assertSql("hour(ModificationTimestamp) eq 10",
                    "cast(extract(hour from p.modification_timestamp at time zone 'UTC') as integer) = ?", 10L);
            assertSql("minute(ModificationTimestamp) eq 30",
                    "cast(extract(minute from p.modification_timestamp at time zone 'UTC') as integer) = ?", 30L);
            assertSql("second(ModificationTimestamp) eq 59",
                    "cast(floor(extract(second from p.modification_timestamp at time zone 'UTC')) as integer) = ?",
                    59L);
        }

        @Test
        void dateOfADateTimeOffsetIsItsUtcDate() {
            assertSql("date(ModificationTimestamp) eq 2024-01-31",
                    "cast(p.modification_timestamp at time zone 'UTC' as date) = ?", LocalDate.of(2024, 1, 31));
            assertSql("date(ModificationTimestamp) eq CloseDate",
                    "cast(p.modification_timestamp at time zone 'UTC' as date) is not distinct from p.close_date");
        }

        @Test
        void nowIsTheGivenInstantAsAParameter() {
            assertSql("ModificationTimestamp lt now()", "p.modification_timestamp < ?", utc("2024-06-01T12:00:00Z"));
            assertThat(error("CloseDate lt now()"))
                    .isEqualTo("CloseDate is Edm.Date: now() is not a date (yyyy-mm-dd)");
        }

        @Test
        void argumentsOfTheWrongKind() {
            assertThat(error("hour(CloseDate) eq 1")).isEqualTo("hour needs Edm.DateTimeOffset: CloseDate is Edm.Date");
            assertThat(error("year(City) eq 1"))
                    .isEqualTo("year needs Edm.Date or Edm.DateTimeOffset: City is Edm.String");
            assertThat(error("date(CloseDate) eq 2024-01-01"))
                    .isEqualTo("date needs Edm.DateTimeOffset: CloseDate is Edm.Date");
            assertThat(error("contains(ListPrice,'1')"))
                    .isEqualTo("contains needs Edm.String: ListPrice is Edm.Decimal");
            assertThat(error("contains(City,PostalCode)"))
                    .isEqualTo("contains needs a string literal as its second argument, found PostalCode");
            assertThat(error("contains(City,null)"))
                    .isEqualTo("contains needs a string literal as its second argument, found null");
            assertThat(error("tolower('A') eq 'a'"))
                    .isEqualTo("tolower needs a field as its first argument, found 'A'");
            assertThat(error("year(CloseDate) eq 'x'")).isEqualTo("year(CloseDate) is Edm.Int64: 'x' is not a number");
        }

        @Test
        void argumentCounts() {
            assertThat(error("contains(City)")).isEqualTo("contains takes 2 arguments, found 1");
            assertThat(error("length(City, City) eq 1")).isEqualTo("length takes 1 argument, found 2");
            assertThat(error("ModificationTimestamp lt now(1)")).isEqualTo("now takes no arguments, found 1");
            assertThat(error("length() eq 1")).isEqualTo("length takes 1 argument, found 0");
        }
    }

    @Nested
    class Literals {

        @Test
        void stringsWithDoubledQuotes() {
            assertSql("City eq 'O''Brien'", "p.city = ?", "O'Brien");
            assertSql("City eq ''''", "p.city = ?", "'");
            assertSql("City eq ''", "p.city = ?", "");
            assertSql("City eq ' a  b '", "p.city = ?", " a  b ");
        }

        @Test
        void integersAreLongs() {
            assertSql("BedroomsTotal eq -3", "p.bedrooms_total = ?", -3L);
            assertSql("BedroomsTotal eq 9223372036854775807", "p.bedrooms_total = ?", Long.MAX_VALUE);
            assertSql("BedroomsTotal eq -9223372036854775808", "p.bedrooms_total = ?", Long.MIN_VALUE);
            assertThat(error("BedroomsTotal eq 9223372036854775808"))
                    .isEqualTo("position 18: the integer 9223372036854775808 is out of range for Edm.Int64");
        }

        @Test
        void decimalsAreBigDecimals() {
            assertSql("ListPrice gt 350000.50", "p.list_price > ?", decimal("350000.50"));
            assertSql("ListPrice gt -1.5", "p.list_price > ?", decimal("-1.5"));
            assertSql("ListPrice lt 1.5e6", "p.list_price < ?", decimal("1.5E+6"));
            assertSql("ListPrice lt 2E-3", "p.list_price < ?", decimal("0.002"));
        }

        @Test
        void aDecimalAgainstAnInt64FieldIsALongWhenItIsWhole() {
            assertSql("BedroomsTotal ge 3.0", "p.bedrooms_total >= ?", 3L);
            assertSql("BedroomsTotal lt 1e1", "p.bedrooms_total < ?", 10L);
            assertSql("BedroomsTotal gt 2.5", "p.bedrooms_total > ?", decimal("2.5"));
        }

        @Test
        void malformedNumbers() {
            assertThat(error("ListPrice gt 5abc")).isEqualTo("position 14: 5abc is not a number");
            assertThat(error("ListPrice gt 1.")).isEqualTo("position 14: 1. is not a number");
            assertThat(error("ListPrice gt 1e99999999999")).isEqualTo("position 14: the number 1e99999999999 is "
                    + "out of range");
            assertThat(error("ListPrice gt 1e1001")).isEqualTo("position 14: the number 1e1001 is out of range");
        }

        @Test
        void booleans() {
            assertSql("InternetEntireListingDisplayYN eq true", "p.display_yn = ?", true);
            assertSql("InternetEntireListingDisplayYN ne false", "p.display_yn is distinct from ?", false);
        }

        @Test
        void dates() {
            assertSql("CloseDate eq 2024-01-31", "p.close_date = ?", LocalDate.of(2024, 1, 31));
            assertSql("CloseDate eq 2024-02-29", "p.close_date = ?", LocalDate.of(2024, 2, 29));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "2024-01-31T10:00:00Z             | 2024-01-31T10:00:00Z",
                "2024-01-31T10:00Z                | 2024-01-31T10:00:00Z",
                "2024-01-31T10:00:00.5Z           | 2024-01-31T10:00:00.500Z",
                "2024-01-31T10:00:00.123456789Z   | 2024-01-31T10:00:00.123456789Z",
                "2024-01-31T10:00:00+05:00        | 2024-01-31T05:00:00Z",
                "2024-01-31T23:30:00-05:00        | 2024-02-01T04:30:00Z",
                "2024-01-31T10:00:00.25+05:30     | 2024-01-31T04:30:00.250Z"})
        void dateTimeOffsetsAreNormalisedToUtc(String literal, String utc) {
            assertSql("ModificationTimestamp gt " + literal, "p.modification_timestamp > ?", utc(utc));
        }

        @Test
        void aSpaceBeforeTheOffsetIsThePlusAQueryStringDecodedToIt() {
            assertSql("ModificationTimestamp gt 2024-01-31T10:00:00 05:00 and City eq 'A'",
                    "p.modification_timestamp > ? and p.city = ?", utc("2024-01-31T05:00:00Z"), "A");
            assertSql("ModificationTimestamp gt 2024-01-31T10:00 05:00", "p.modification_timestamp > ?",
                    utc("2024-01-31T05:00:00Z"));
        }

        @Test
        void datesAndTimesThatDoNotExist() {
            assertThat(error("CloseDate eq 2024-02-30")).isEqualTo("position 14: the date 2024-02-30 does not exist");
            assertThat(error("CloseDate eq 2023-02-29")).isEqualTo("position 14: the date 2023-02-29 does not exist");
            assertThat(error("CloseDate eq 2024-13-01")).isEqualTo("position 14: the date 2024-13-01 does not exist");
            assertThat(error("ModificationTimestamp gt 2024-01-31T25:00:00Z"))
                    .isEqualTo("position 26: the time in 2024-01-31T25:00:00Z does not exist");
            assertThat(error("ModificationTimestamp gt 2024-01-31T10:60:00Z"))
                    .isEqualTo("position 26: the time in 2024-01-31T10:60:00Z does not exist");
            assertThat(error("ModificationTimestamp gt 2024-01-31T10:00:00+19:00"))
                    .isEqualTo("position 26: the offset in 2024-01-31T10:00:00+19:00 does not exist");
        }

        @Test
        void malformedDatesAndDateTimes() {
            assertThat(error("CloseDate eq 2024-1-31"))
                    .isEqualTo("position 14: expected a date yyyy-mm-dd, found 2024-1-31");
            assertThat(error("CloseDate eq 2024-01-311")).isEqualTo("position 14: 2024-01-311 is not a date or "
                    + "date-time");
            assertThat(error("ModificationTimestamp gt 2024-01-31T10:00:00"))
                    .isEqualTo("position 26: the date-time 2024-01-31T10:00:00 has no offset: end it with Z or ±hh:mm");
            assertThat(error("ModificationTimestamp gt 2024-01-31T10:00:00  05:00"))
                    .isEqualTo("position 26: the date-time 2024-01-31T10:00:00 has no offset: end it with Z or ±hh:mm");
            assertThat(error("ModificationTimestamp gt 2024-01-31T10:00:00.1234567891Z")).isEqualTo("position 26: "
                    + "the date-time 2024-01-31T10:00:00.1234567891Z has more than 9 fractional digits");
            assertThat(error("ModificationTimestamp gt 2024-01-31T10:00:00+5:00"))
                    .isEqualTo("position 26: 2024-01-31T10:00:00+5:00 is not a date or date-time");
        }

        @Test
        void unterminatedString() {
            assertThat(error("City eq 'Austin")).isEqualTo("position 9: the string has no closing quote");
            assertThat(error("City eq 'O''")).isEqualTo("position 9: the string has no closing quote");
        }
    }

    /** Appliances is a collection field: its sql yields a jsonb array of strings. */
    @Nested
    class Collections {

        private static final String ELEMENTS = "select 1 from jsonb_array_elements_text((p.appliances)) as l1(v)";

        @Test
        void anyIsAnExistsOverTheElements() {
            assertSql("Appliances/any(a: a eq 'Dishwasher')", "exists (" + ELEMENTS + " where l1.v = ?)",
                    "Dishwasher");
            assertSql("Appliances/any(a:a eq 'Dishwasher' or a eq 'Range')",
                    "exists (" + ELEMENTS + " where l1.v = ? or l1.v = ?)", "Dishwasher", "Range");
        }

        @Test
        void theVariableIsAStringThatEveryStringOperatorAndFunctionTakes() {
            assertSql("Appliances/any(a: contains(a,'Dish'))",
                    "exists (" + ELEMENTS + " where l1.v like ? escape '\\')", "%Dish%");
            assertSql("Appliances/any(a: tolower(a) eq 'range')", "exists (" + ELEMENTS + " where lower(l1.v) = ?)",
                    "range");
            assertSql("Appliances/any(a: a in ('X','Y'))", "exists (" + ELEMENTS + " where l1.v in (?, ?))", "X", "Y");
            assertSql("Appliances/any(a: 'X' lt a and length(a) le 5)",
                    "exists (" + ELEMENTS + " where l1.v > ? and length(l1.v) <= ?)", "X", 5L);
            assertSql("Appliances/any(a: not startswith(a,'R'))",
                    "exists (" + ELEMENTS + " where not coalesce(l1.v like ? escape '\\', false))", "R%");
            assertSql("Appliances/any(a: a has Ns.Appliances'Range')", "exists (" + ELEMENTS + " where l1.v = ?)",
                    "Range");
            assertThat(error("Appliances/any(a: a eq 5)")).isEqualTo("a is Edm.String: 5 is not a string");
        }

        @Test
        void theBodyMayReadTheRecordsOtherFields() {
            assertSql("Appliances/any(a: a eq City or ListPrice lt 500000)",
                    "exists (" + ELEMENTS + " where l1.v is not distinct from p.city or p.list_price < ?)",
                    decimal("500000"));
            assertSql("City eq 'Austin' and Appliances/any(a: a eq 'Range')",
                    "p.city = ? and exists (" + ELEMENTS + " where l1.v = ?)", "Austin", "Range");
        }

        @Test
        void anyWithoutALambdaIsNonEmpty() {
            assertSql("Appliances/any()", "jsonb_array_length((p.appliances)) > 0");
            assertSql("not Appliances/any()", "not coalesce(jsonb_array_length((p.appliances)) > 0, false)");
        }

        @Test
        void allIsNoElementFailingTheBodySoAnEmptyCollectionSatisfiesIt() {
            assertSql("Appliances/all(a: a eq 'Dishwasher' or a eq 'Range')",
                    "not exists (" + ELEMENTS + " where not coalesce((l1.v = ? or l1.v = ?), false))",
                    "Dishwasher", "Range");
        }

        @Test
        void eachLambdaHasItsOwnAliasAndAVariableMayBeReused() {
            assertSql("Appliances/any(a: a eq 'X') or Appliances/all(a: a ne 'Y')",
                    "(exists (" + ELEMENTS + " where l1.v = ?) or not exists (select 1 from "
                            + "jsonb_array_elements_text((p.appliances)) as l2(v) where not coalesce((l2.v is "
                            + "distinct from ?), false)))", "X", "Y");
        }

        @Test
        void aLambdaIsAConditionComparableWithTrueOrFalse() {
            assertSql("Appliances/any(a: a eq 'X') eq false",
                    "not coalesce(exists (" + ELEMENTS + " where l1.v = ?), false)", "X");
        }

        @Test
        void hasIsContainmentWithTheValueAsAParameterInEitherForm() {
            assertSql("Appliances has 'Dishwasher'", "(p.appliances) @> jsonb_build_array(?::text)", "Dishwasher");
            assertSql("Appliances has org.reso.metadata.enums.Appliances'Dishwasher'",
                    "(p.appliances) @> jsonb_build_array(?::text)", "Dishwasher");
            assertSql("Appliances has 'Dishwasher' and Appliances has 'Range'",
                    "(p.appliances) @> jsonb_build_array(?::text) and (p.appliances) @> jsonb_build_array(?::text)",
                    "Dishwasher", "Range");
            assertSql("not (Appliances) has 'Range'",
                    "not coalesce((p.appliances) @> jsonb_build_array(?::text), false)", "Range");
            assertThat(error("Appliances has 5"))
                    .isEqualTo("has needs a lookup value such as 'Active' on its right, found 5");
        }

        @Test
        void aCollectionsSqlIsParenthesisedUnlessItIsOneParenthesisedExpression() {
            assertSql("Heating has 'Gas'", "(p.payload->'Heating') @> jsonb_build_array(?::text)", "Gas");
            assertSql("Heating/any(h: h eq 'Gas')", "exists (select 1 from "
                    + "jsonb_array_elements_text(p.payload->'Heating') as l1(v) where l1.v = ?)", "Gas");
            assertSql("Cooling has 'Fan'", "((p.cooling) || (p.cooling_extra)) @> jsonb_build_array(?::text)",
                    "Fan");
            assertThat(ODataLambdas.enclosed("(a) || (b)")).isFalse();
            assertThat(ODataLambdas.enclosed("(case when x = ')' then a end)")).isTrue();
            assertThat(ODataLambdas.enclosed("(x = E'\\')' )")).isFalse();
            assertThat(ODataLambdas.enclosed("(a) -- )")).isFalse();
            assertThat(ODataLambdas.enclosed("()")).isTrue();
            assertThat(ODataLambdas.enclosed("(")).isFalse();
        }

        @Test
        void aLambdaNeedsACollectionField() {
            assertThat(error("City/any(c: c eq 'A')"))
                    .isEqualTo("position 6: any needs a collection field: City is Edm.String, not a collection");
            assertThat(error("StandardStatus/all(s: s eq 'A')")).isEqualTo(
                    "position 16: all needs a collection field: StandardStatus is Edm.String, not a collection");
            assertThat(error("Media/any()")).isEqualTo("has no collection field named Media");
            assertThat(error("any(a: a eq 'x')")).isEqualTo("position 1: any is a lambda operator: write it after "
                    + "a collection field and a slash, as in Appliances/any(a: a eq 'Dishwasher')");
            assertThat(error("Appliances/Any()")).isEqualTo("position 12: OData keywords are lower-case: write "
                    + "any, not Any");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Appliances eq 'Dishwasher'", "'Dishwasher' eq Appliances", "Appliances ne null",
                "Appliances eq null", "Appliances gt City", "City eq Appliances", "Appliances in ('Dishwasher')",
                "City in (Appliances)", "contains(Appliances,'Dish')", "length(Appliances) gt 0", "Appliances",
                "(Appliances)", "not Appliances", "Appliances and City eq 'x'", "StandardStatus has Appliances",
                "Appliances/any(a: Appliances eq a)"})
        void aCollectionIsFilteredByLambdasAndHasOnly(String filter) {
            assertThat(error(filter)).isEqualTo("Appliances is a collection: filter it with any(), all() or has, "
                    + "as in Appliances/any(a: a eq 'x') or Appliances has 'x'");
        }

        @Test
        void variablesAreDeclaredAndUsedInTheirLambdaOnly() {
            assertThat(error("Appliances/any(a: b eq 'Range')"))
                    .isEqualTo("has no field named b, and the variable of the lambda is a");
            assertThat(error("Appliances/any(a: a eq 'Range') and a eq 'Range'"))
                    .isEqualTo("position 37: the lambda variable a is used outside its lambda");
            assertThat(error("a eq 'Range' and Appliances/any(a: a eq 'Range')")).isEqualTo("has no field named a");
            assertThat(error("Appliances/any(City: City eq 'Austin')"))
                    .isEqualTo("position 16: the lambda variable City is the name of a field: choose another");
            assertThat(error("Appliances/any(eq: eq eq 'x')")).isEqualTo("position 16: expected a lambda variable "
                    + "such as a, then ':' and a condition, found 'eq'");
            assertThat(error("Appliances/any(a.b: a eq 'x')")).isEqualTo("position 16: expected a lambda variable "
                    + "such as a, then ':' and a condition, found 'a.b'");
            assertThat(error("Appliances/any(: a eq 'x')")).isEqualTo("position 16: expected a lambda variable "
                    + "such as a, then ':' and a condition, found ':'");
        }

        @Test
        void lambdasDoNotNest() {
            assertThat(error("Appliances/any(a: Heating/any(h: h eq a))"))
                    .isEqualTo("position 27: a lambda (any, all) inside another lambda is not supported");
            assertThat(error("Appliances/all(a: a/any())"))
                    .isEqualTo("position 21: a lambda (any, all) inside another lambda is not supported");
        }

        @Test
        void malformedLambdas() {
            assertThat(error("Appliances/any(")).isEqualTo("position 16: expected a lambda variable such as a, "
                    + "then ':' and a condition, found the end of the filter");
            assertThat(error("Appliances/any(a: a eq 'x'")).isEqualTo("position 27: expected 'and', 'or' or ')' "
                    + "to close the '(' at position 15, found the end of the filter");
            assertThat(error("Appliances/any(a a eq 'x')")).isEqualTo("position 18: expected ':' after the lambda "
                    + "variable a, found 'a'");
            assertThat(error("Appliances/any(a: a)")).isEqualTo("a is not a condition: compare it with eq, ne, gt, "
                    + "ge, lt, le, in or has");
            assertThat(error("Appliances/any eq 1")).isEqualTo("position 16: expected '(' after any, found 'eq'");
            assertThat(error("Appliances/all()")).isEqualTo("position 12: all needs a variable and a condition, as "
                    + "in Appliances/all(a: a eq 'x')");
            assertThat(error("City eq 'A' : 1")).isEqualTo("position 13: unexpected character ':'");
        }

        @Test
        void lambdaBodiesCountTowardsTheLimits() {
            String body = String.join(" or ", nCopies(99, "a eq 'x'"));
            assertThat(toSql("Appliances/any(a: " + body + ")").parameters()).hasSize(99);
            assertThat(error("Appliances/any(a: " + body + " or a eq 'x')"))
                    .isEqualTo("the filter has more than 100 comparisons");
            assertThat(error(String.join(" and ", nCopies(101, "Appliances/any()"))))
                    .isEqualTo("the filter has more than 100 comparisons");
            assertSql("Appliances/any(a: " + "(".repeat(31) + "a eq 'x'" + ")".repeat(31) + ")",
                    "exists (" + ELEMENTS + " where l1.v = ?)", "x");
            assertThat(error("Appliances/any(a: " + "(".repeat(32) + "a eq 'x'" + ")".repeat(32) + ")"))
                    .isEqualTo("the filter nests deeper than 32 levels");
        }
    }

    @Nested
    class Nulls {

        @Test
        void eqAndNeNullAreIsNullAndIsNotNull() {
            assertSql("City eq null", "p.city is null");
            assertSql("City ne null", "p.city is not null");
            assertSql("tolower(City) eq null", "lower(p.city) is null");
        }

        @Test
        void neAValueIsTrueForNull() {
            assertSql("City ne 'Austin'", "p.city is distinct from ?", "Austin");
        }

        @Test
        void anOrderComparisonWithNullIsFalse() {
            assertSql("ListPrice gt null", "false");
            assertSql("null le CloseDate", "false");
        }

        @Test
        void notIsTwoValued() {
            assertSql("not City eq 'Austin'", "not coalesce(p.city = ?, false)", "Austin");
            assertSql("not contains(City,'x')", "not coalesce(p.city like ? escape '\\', false)", "%x%");
        }
    }

    @Nested
    class Errors {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   ", "\t"})
        void aBlankFilter(String filter) {
            assertThat(error(filter)).isEqualTo("is empty: give a condition such as ListPrice lt 500000");
        }

        @Test
        void anUnknownFieldNamesIt() {
            assertThat(error("Foo eq 1")).isEqualTo("has no field named Foo");
            assertThat(error("city eq 'Austin'")).isEqualTo("has no field named city");
            assertThat(error("org.reso.Foo eq 1")).isEqualTo("has no field named org.reso.Foo");
        }

        @Test
        void aLiteralOfTheWrongTypeNamesTheFieldItsTypeAndTheLiteral() {
            assertThat(error("ListPrice eq 'abc'")).isEqualTo("ListPrice is Edm.Decimal: 'abc' is not a number");
            assertThat(error("BedroomsTotal eq true")).isEqualTo("BedroomsTotal is Edm.Int64: true is not a number");
            assertThat(error("City eq 5")).isEqualTo("City is Edm.String: 5 is not a string");
            assertThat(error("InternetEntireListingDisplayYN eq 1"))
                    .isEqualTo("InternetEntireListingDisplayYN is Edm.Boolean: 1 is not true or false");
            assertThat(error("CloseDate eq 2024-01-31T10:00:00Z"))
                    .isEqualTo("CloseDate is Edm.Date: 2024-01-31T10:00:00Z is not a date (yyyy-mm-dd)");
            assertThat(error("ModificationTimestamp gt 2024-01-31")).isEqualTo("ModificationTimestamp is "
                    + "Edm.DateTimeOffset: 2024-01-31 is a date without a time: give a time and an offset, e.g. "
                    + "2024-01-31T00:00:00Z");
            assertThat(error("ModificationTimestamp gt 'yesterday'")).isEqualTo("ModificationTimestamp is "
                    + "Edm.DateTimeOffset: 'yesterday' is not a date-time with an offset, e.g. 2024-01-31T10:00:00Z");
        }

        @Test
        void unsupportedOperators() {
            assertThat(error("ListPrice add 5 gt 10")).isEqualTo(
                    "position 11: arithmetic operators (add, sub, mul, div, divby, mod) are not supported");
            assertThat(error("ListPrice gt 5 mul 2")).isEqualTo(
                    "position 16: arithmetic operators (add, sub, mul, div, divby, mod) are not supported");
            assertThat(error("-BedroomsTotal lt 2"))
                    .isEqualTo("position 1: negation (-) is not supported; only a number may have a sign");
        }

        @Test
        void unsupportedFunctions() {
            assertThat(error("substring(City,1) eq 'x'")).isEqualTo("position 1: the function substring is not "
                    + "supported");
            assertThat(error("cast(ListPrice, Edm.Int64) eq 1")).isEqualTo("position 1: the function cast is not "
                    + "supported");
            assertThat(error("isof(ListPrice, Edm.Decimal)")).isEqualTo("position 1: the function isof is not "
                    + "supported");
            assertThat(error("geo.distance(Coordinates, geography'POINT(-97 30)') lt 5"))
                    .isEqualTo("position 1: the function geo.distance is not supported");
            assertThat(error("frobnicate(City) eq 1")).isEqualTo("position 1: unknown function frobnicate");
            assertThat(error("Contains(City,'x')"))
                    .isEqualTo("position 1: function names are lower-case: write contains, not Contains");
        }

        @Test
        void lambdasPathsAndOtherUnsupportedSyntax() {
            assertThat(error("Media/any(m: m/Order eq 1)")).isEqualTo("has no collection field named Media");
            assertThat(error("Media/all(m: m/Order eq 1)")).isEqualTo("has no collection field named Media");
            assertThat(error("Rooms/RoomType eq 'Kitchen'")).isEqualTo("position 6: paths (Rooms/…) are not supported");
            assertThat(error("$it eq 1")).isEqualTo("position 1: $it is not supported");
            assertThat(error("City eq @city")).isEqualTo("position 9: parameter aliases (@name) are not supported");
            assertThat(error("ListPrice eq duration'P1D'")).isEqualTo("position 14: duration literals are not "
                    + "supported");
            assertThat(error("ListPrice eq INF")).isEqualTo("position 14: INF and NaN are not supported");
        }

        @Test
        void upperCaseKeywordsAreRejectedWithAHint() {
            assertThat(error("City eq 'A' AND City eq 'B'"))
                    .isEqualTo("position 13: OData keywords are lower-case: write and, not AND");
            assertThat(error("NOT City eq 'A'")).isEqualTo("position 1: OData keywords are lower-case: write not, "
                    + "not NOT");
            assertThat(error("City EQ 'A'")).isEqualTo("position 6: OData keywords are lower-case: write eq, not EQ");
            assertThat(error("InternetEntireListingDisplayYN eq TRUE"))
                    .isEqualTo("position 35: OData keywords are lower-case: write true, not TRUE");
        }

        @Test
        void unbalancedParentheses() {
            assertThat(error("(City eq 'A'")).isEqualTo("position 13: expected 'and', 'or' or ')' to close the '(' "
                    + "at position 1, found the end of the filter");
            assertThat(error("((City eq 'A') or City eq 'B'")).isEqualTo("position 30: expected 'and', 'or' or "
                    + "')' to close the '(' at position 1, found the end of the filter");
            assertThat(error("City eq 'A')")).isEqualTo("position 12: ')' has no matching '('");
            assertThat(error("tolower(City eq 'a'")).isEqualTo("position 14: expected ',' or ')' to close the '(' "
                    + "at position 8, found 'eq'");
        }

        @Test
        void trailingGarbageAndMissingParts() {
            assertThat(error("City eq 'A' 'B'"))
                    .isEqualTo("position 13: expected 'and', 'or' or the end of the filter, found 'B'");
            assertThat(error("City eq 'A' eq 'B'"))
                    .isEqualTo("position 13: expected 'and', 'or' or the end of the filter, found 'eq'");
            assertThat(error("City 'A'")).isEqualTo("position 6: expected a comparison operator (eq, ne, gt, ge, "
                    + "lt, le, in, has), found 'A'");
            assertThat(error("City eq 'A' and")).isEqualTo("position 16: expected a field, a function or a value, "
                    + "found the end of the filter");
            assertThat(error("eq 'A'")).isEqualTo("position 1: expected a field, a function or a value, found 'eq'");
            assertThat(error("City eq #")).isEqualTo("position 9: unexpected character '#'");
            assertThat(error("City eq 'A' and\u0000")).isEqualTo("position 16: unexpected character U+0000");
        }

        @Test
        @Timeout(5)
        void deepNestingIsRejectedBeforeTheStackOverflows() {
            String deep = "(".repeat(10_000) + "City eq 'A'" + ")".repeat(10_000);
            assertThat(error(deep)).isEqualTo("the filter nests deeper than 32 levels");
            assertThat(error("not ".repeat(10_000) + "City eq 'A'"))
                    .isEqualTo("the filter nests deeper than 32 levels");
            assertThat(error("tolower(".repeat(10_000) + "City" + ")".repeat(10_000) + " eq 'a'"))
                    .isEqualTo("the filter nests deeper than 32 levels");
            assertThat(error("(".repeat(10_000))).isEqualTo("the filter nests deeper than 32 levels");
        }

        @Test
        void nestingUpTo32LevelsIsFine() {
            assertSql("(".repeat(32) + "City eq 'A'" + ")".repeat(32), "p.city = ?", "A");
            assertThat(error("(".repeat(33) + "City eq 'A'" + ")".repeat(33)))
                    .isEqualTo("the filter nests deeper than 32 levels");
        }

        @Test
        @Timeout(5)
        void longChainsAreRejected() {
            String chain = String.join(" or ", nCopies(5_000, "BedroomsTotal eq 1"));
            assertThat(error(chain)).isEqualTo("the filter has more than 100 comparisons");
            String and = String.join(" and ", nCopies(5_000, "InternetEntireListingDisplayYN"));
            assertThat(error(and)).isEqualTo("the filter has more than 100 comparisons");
        }

        @Test
        void upTo100ComparisonsAreFineAndEachValueOfAnInListCounts() {
            SqlCondition hundred = toSql(String.join(" or ", nCopies(100, "BedroomsTotal eq 1")));
            assertThat(hundred.parameters()).hasSize(100);
            assertThat(error(String.join(" or ", nCopies(101, "BedroomsTotal eq 1"))))
                    .isEqualTo("the filter has more than 100 comparisons");
            assertThat(toSql("BedroomsTotal in (" + String.join(",", nCopies(100, "1")) + ")")
                    .parameters()).hasSize(100);
            assertThat(error("BedroomsTotal in (" + String.join(",", nCopies(101, "1")) + ")"))
                    .isEqualTo("the filter has more than 100 comparisons");
        }

        @Test
        void hugeLiteralsAreNotEchoedWhole() {
            assertThat(error("City eq " + "9".repeat(100_000)))
                    .isEqualTo("position 9: the number 9999999999999999999999999999999999999999… is too long");
            assertThat(error("X".repeat(100_000) + " eq 1"))
                    .isEqualTo("has no field named XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX…");
        }

        /** Any input at all: the result is SQL with one parameter per placeholder, or an InvalidInputException. */
        @Test
        @Timeout(30)
        void noOtherExceptionForRandomInput() {
            String[] pieces = {"City", "ListPrice", "BedroomsTotal", "StandardStatus", "CloseDate",
                    "ModificationTimestamp", "InternetEntireListingDisplayYN", "Foo", "eq", "ne", "gt", "le", "in",
                    "has", "and", "or", "not", "add", "AND", "(", ")", ",", "/", "'x'", "'", "''", "1", "-1.5", "1e5",
                    "1e", "2024-01-31", "2024-02-30", "2024-01-31T10:00:00Z", "2024-01-31T10:00:00 05:00",
                    "T10:00", ":", "Z", "+", "-", ".", "contains(", "tolower(", "year(", "date(", "now()", "length(",
                    "substring(", "any", "null", "true", "false", "$it", "@a", "Ns.T'v'", "duration'P1D'", "geo.x(",
                    "Appliances", "Heating/any(h:", "/any(", "/all(", "/any()", "a", "a:", "x: x", "a/any(",
                    " ", " ", " ", "#", "\u00e9", "\uD83D", "99999999999999999999"};
            Random random = new Random(42);
            for (int i = 0; i < 50_000; i++) {
                StringBuilder filter = new StringBuilder();
                int length = 1 + random.nextInt(12);
                for (int j = 0; j < length; j++) {
                    filter.append(pieces[random.nextInt(pieces.length)]);
                    if (random.nextInt(3) > 0) {
                        filter.append(' ');
                    }
                }
                String input = filter.toString();
                Throwable thrown = catchThrowable(() -> {
                    SqlCondition condition = toSql(input);
                    long placeholders = condition.sql().chars().filter(c -> c == '?').count();
                    assertThat(condition.parameters()).as(input).hasSize((int) placeholders);
                });
                if (thrown != null && !(thrown instanceof InvalidInputException)) {
                    throw new AssertionError("for input: " + input, thrown);
                }
            }
        }
    }
}
