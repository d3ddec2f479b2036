package com.rolecompare.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.rolecompare.content.SourceView;
import com.rolecompare.onet.SkillView;
import com.rolecompare.role.Pair;
import com.rolecompare.web.BadRequestException;
import com.rolecompare.web.NotFoundException;

/** The assembler on the real catalog, without the web layer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ComparisonsTest {

    static final String EN = "en";
    static final List<String> DIMENSIONS = List.of("responsibilities", "daily-work", "skills", "kpis", "works-with",
            "career-path");

    @Autowired
    Comparisons comparisons;

    @Test
    void oneRowPerDimensionInDimensionOrderWithBothRolesPoints() {
        ComparisonView view = comparisons.compare(comparisons.pair("data-analyst-vs-receptionist"), DimensionFilter.ALL, EN);

        assertThat(view.rows()).extracting(r -> r.dimension().key()).containsExactlyElementsOf(DIMENSIONS);
        assertThat(view.rows()).allSatisfy(row -> {
            assertThat(row.first()).isNotEmpty();
            assertThat(row.second()).isNotEmpty();
        });
        assertThat(view.filtered()).isFalse();
        assertThat(view.chosenKeys()).containsExactlyElementsOf(DIMENSIONS);
    }

    @Test
    void filterKeepsOnlyChosenRowsInDimensionOrder() {
        DimensionFilter filter = DimensionFilter.parse(List.of("kpis", "responsibilities"), DIMENSIONS);
        ComparisonView view = comparisons.compare(Pair.of("call-center-agent", "project-manager"), filter, EN);

        assertThat(view.rows()).extracting(r -> r.dimension().key()).containsExactly("responsibilities", "kpis");
        assertThat(view.filtered()).isTrue();
        assertThat(view.dimensions()).hasSize(6);
    }

    @Test
    void aPairWithoutEditorialIsAPlainComparisonCreditingBothRolesSources() {
        ComparisonView view = comparisons.compare(Pair.of("receptionist", "data-analyst"), DimensionFilter.ALL, EN);

        assertThat(view.hasEditorial()).isFalse();
        assertThat(view.faq()).isEmpty();
        assertThat(view.first().slug()).isEqualTo("data-analyst");
        assertThat(view.second().slug()).isEqualTo("receptionist");
        assertThat(view.rows()).noneMatch(ComparisonView.Row::keyDifference);
        List<SourceView> cited = view.rows().stream()
                .flatMap(r -> java.util.stream.Stream.concat(r.first().stream(), r.second().stream()))
                .map(p -> p.source()).distinct().toList();
        assertThat(view.sources()).containsAll(cited);
    }

    @Test
    void editorialMarksItsKeyRowAndItsSourcesComeFirst() {
        ComparisonView view = comparisons.compare(Pair.of("call-center-agent", "project-manager"), DimensionFilter.ALL, EN);

        assertThat(view.hasEditorial()).isTrue();
        assertThat(view.rows()).filteredOn(ComparisonView.Row::keyDifference)
                .extracting(r -> r.dimension().key()).containsExactly(view.editorial().keyDimension().key());
        assertThat(view.sources().subList(0, view.editorial().sources().size()))
                .containsExactlyElementsOf(view.editorial().sources());
        assertThat(view.faq()).isNotEmpty();
    }

    @Test
    void figuresTellTheGapInPreparationAndTheSkillsBothNeed() {
        PairFigures figures = comparisons.compare(Pair.of("call-center-agent", "data-analyst"), DimensionFilter.ALL, EN)
                .figures();

        assertThat(figures.zoneGap()).isEqualTo(2); // O*NET job zones: 43-4051.00 is 2, 15-2051.01 is 4
        assertThat(figures.morePrepared().slug()).isEqualTo("data-analyst");
        assertThat(figures.sharedSkills()).extracting(SkillView::elementId).contains("2.A.1.b"); // Active Listening
        assertThat(figures.importantSkills()).isGreaterThanOrEqualTo(figures.sharedSkills().size());
    }

    @Test
    void rolesOnTheSameOccupationAreFlaggedAndAnUnratedRoleHasNoSharedSkills() {
        assertThat(comparisons.compare(Pair.of("call-center-project-manager", "customer-service-team-leader"),
                DimensionFilter.ALL, EN).figures().sameOccupation()).isTrue();
        assertThat(comparisons.compare(Pair.of("product-manager", "project-manager"), DimensionFilter.ALL, EN)
                .figures().sharedSkills()).isNull();
    }

    @Test
    void unknownRoleIsNotFoundAndSameRoleIsBadRequest() {
        assertThatThrownBy(() -> comparisons.pair("call-center-agent-vs-astronaut")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comparisons.pair("project-manager-vs-project-manager")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> comparisons.pair("project-manager", "astronaut")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comparisons.pair("project-manager", "project-manager")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> comparisons.pair(null, "project-manager")).isInstanceOf(BadRequestException.class);
    }

    @Test
    void theFormPairIsCanonicalWhicheverOrderItWasChosenIn() {
        assertThat(comparisons.pair("project-manager", "call-center-agent").path())
                .isEqualTo("/compare/call-center-agent-vs-project-manager");
    }
}
