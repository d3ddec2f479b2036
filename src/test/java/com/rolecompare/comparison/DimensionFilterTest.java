package com.rolecompare.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rolecompare.web.BadRequestException;

class DimensionFilterTest {

    private static final List<String> KNOWN = List.of("responsibilities", "daily-work", "skills", "kpis",
            "works-with", "career-path");

    @Test
    void noParameterMeansEveryDimension() {
        assertThat(DimensionFilter.parse(null, KNOWN).isAll()).isTrue();
        assertThat(DimensionFilter.parse(List.of(), KNOWN).isAll()).isTrue();
    }

    @Test
    void emptyValuesAreIgnored() {
        assertThat(DimensionFilter.parse(List.of("", ""), KNOWN).isAll()).isTrue();
        assertThat(DimensionFilter.parse(List.of("", "kpis"), KNOWN).ordered(KNOWN)).containsExactly("kpis");
    }

    @Test
    void chosenKeysFollowDimensionOrderWhateverTheirOrderInTheUrl() {
        DimensionFilter filter = DimensionFilter.parse(List.of("kpis", "skills", "responsibilities"), KNOWN);
        assertThat(filter.ordered(KNOWN)).containsExactly("responsibilities", "skills", "kpis");
        assertThat(filter.includes("skills")).isTrue();
        assertThat(filter.includes("career-path")).isFalse();
    }

    @Test
    void repeatsCountOnce() {
        DimensionFilter filter = DimensionFilter.parse(List.of("skills", "skills", "kpis", "skills"), KNOWN);
        assertThat(filter.ordered(KNOWN)).containsExactly("skills", "kpis");
    }

    @Test
    void choosingEveryDimensionIsTheSameAsChoosingNone() {
        assertThat(DimensionFilter.parse(KNOWN, KNOWN)).isEqualTo(DimensionFilter.ALL);
    }

    @Test
    void unknownKeyIsABadRequest() {
        assertThatThrownBy(() -> DimensionFilter.parse(List.of("skills", "salary"), KNOWN))
                .isInstanceOf(BadRequestException.class)
                .extracting(e -> ((BadRequestException) e).reasonKey())
                .isEqualTo("error.badRequest.unknownDimension");
    }

    @Test
    void keysAreCaseSensitive() {
        assertThatThrownBy(() -> DimensionFilter.parse(List.of("Skills"), KNOWN))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void hugeValueIsABadRequest() {
        String tenKilobytes = "s".repeat(10 * 1024);
        assertThatThrownBy(() -> DimensionFilter.parse(List.of(tenKilobytes), KNOWN))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void tooManyValuesIsABadRequest() {
        List<String> many = new ArrayList<>(Collections.nCopies(DimensionFilter.MAX_VALUES + 1, "skills"));
        assertThatThrownBy(() -> DimensionFilter.parse(many, KNOWN))
                .isInstanceOf(BadRequestException.class)
                .extracting(e -> ((BadRequestException) e).reasonKey())
                .isEqualTo("error.badRequest.tooManyDimensions");
    }
}
