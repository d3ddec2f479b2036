package com.rolecompare.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rolecompare.metric.Calculator.Kind;

/** Every formula of the glossary, its rounding, and every kind of bad input. */
class CalculatorTest {

    static String result(Kind kind, String... inputs) {
        Calculator.Outcome outcome = Calculator.compute(kind, Arrays.asList(inputs));
        assertThat(outcome.errors()).as("errors for %s", List.of(inputs)).isEmpty();
        return Calculator.format(kind, outcome.value());
    }

    @ParameterizedTest
    @CsvSource({
            // kind, inputs (| separated), printed result
            "SHARE, 90|120, 75",                 // FCR: 90 of 120 contacts resolved at first contact
            "SHARE, 800|1000, 80",               // service level: 800 of 1,000 calls within 20 s
            "SHARE, 90|1200, 7.5",               // abandonment rate
            "SHARE, 2|3, 66.7",                  // rounds half up to one decimal
            "SHARE, 1|8, 12.5",
            "SHARE, 130|100, 130",               // quota attainment can pass 100%
            "SHARE, 0|5, 0",
            "DIFFERENCE, 45000|50000, -5000",    // SV = EV - PV: behind schedule
            "DIFFERENCE, 50000|45000, 5000",     // CV = EV - AC: under budget
            "DIFFERENCE, 1.005|1, 0.01",         // rounds half up to two decimals
            "DIFFERENCE, 3|3, 0",
            "RATIO, 45000|50000, 0.9",           // SPI = EV / PV
            "RATIO, 50000|40000, 1.25",          // CPI = EV / AC
            "RATIO, 1|3, 0.33",
            "PER, 36000|4000|8000|200, 240",     // AHT = (talk + hold + after-call work) / contacts
            "PER, 10|3, 3.33",
            "PER, 0|0|0|7, 0",
    })
    void computesAndPrintsAsThePageDoes(Kind kind, String inputs, String printed) {
        assertThat(result(kind, inputs.split("\\|"))).isEqualTo(printed);
    }

    @Test
    void largeResultsPrintPlainWithoutExponentOrGrouping() {
        assertThat(result(Kind.DIFFERENCE, "999999999999999", "0")).isEqualTo("999999999999999");
        assertThat(result(Kind.SHARE, "100000000000", "1")).isEqualTo("10000000000000");
        assertThat(result(Kind.RATIO, "1e3", "1")).isEqualTo("1000");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            // inputs (| separated; NULL: not sent, BLANK: spaces), input with the error, message key
            "NULL|5, 0, calculator.error.required",
            "BLANK|5, 0, calculator.error.required",
            "abc|5, 0, calculator.error.number",
            "'1,000|5', 0, calculator.error.number",
            "NaN|5, 0, calculator.error.number",
            "Infinity|5, 0, calculator.error.number",
            "0x10|5, 0, calculator.error.number",
            "-3|5, 0, calculator.error.negative",
            "3|-5, 1, calculator.error.negative",
            "3|0, 1, calculator.error.zero",
            "1e308|5, 0, calculator.error.tooLarge",
            "1e15|5, 0, calculator.error.tooLarge",
            "1234567890123456789012345678901|5, 0, calculator.error.tooLong",
    })
    void badInputNamesTheInputAndWhatIsWrong(String inputs, int input, String key) {
        List<String> raw = Arrays.stream(inputs.split("\\|"))
                .map(v -> v.equals("NULL") ? null : v.equals("BLANK") ? "  " : v).toList();
        Calculator.Outcome outcome = Calculator.compute(Kind.SHARE, raw);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.value()).isNull();
        assertThat(outcome.error(input)).isEqualTo(key);
    }

    @Test
    void tenKilobytesIsTooLongNotAMatterForTheParser() {
        assertThat(Calculator.compute(Kind.RATIO, List.of("9".repeat(10_240), "1")).error(0)).isEqualTo("calculator.error.tooLong");
    }

    @Test
    void aDifferenceMayBeNegativeButNoInputMayAndZeroDividesNothing() {
        assertThat(Calculator.compute(Kind.DIFFERENCE, List.of("3", "0")).ok()).isTrue();
        assertThat(Calculator.compute(Kind.PER, List.of("3", "4", "0")).error(2)).isEqualTo("calculator.error.zero");
        assertThat(Calculator.compute(Kind.PER, List.of("3", "x", "0")).errors()).containsOnlyKeys(1, 2);
    }

    @Test
    void zeroPrintsWithoutSignOrDecimals() {
        assertThat(Calculator.format(Kind.DIFFERENCE, new BigDecimal("-0.001"))).isEqualTo("0");
        assertThat(Calculator.format(Kind.SHARE, new BigDecimal("0.00"))).isEqualTo("0");
    }
}
