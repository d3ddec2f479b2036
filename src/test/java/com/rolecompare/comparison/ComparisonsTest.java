package com.rolecompare.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.rolecompare.role.Pair;
import com.rolecompare.content.PointView;
import com.rolecompare.content.SourceView;
import com.rolecompare.dimension.DimensionView;
import com.rolecompare.dimension.Dimensions;
import com.rolecompare.role.RoleView;
import com.rolecompare.role.Roles;
import com.rolecompare.web.BadRequestException;
import com.rolecompare.web.NotFoundException;

/** The assembler on its own: roles, dimensions and editorials are stand-ins. */
class ComparisonsTest {

    private static final String EN = "en";
    private static final SourceView ARTICLE = new SourceView(1, "article", "Article", "Pub", "https://example.org/a",
            null, LocalDate.of(2026, 11, 27));
    private static final SourceView CODES = new SourceView(2, "codes", "Codes", "Pub", "https://example.org/c",
            2024, LocalDate.of(2026, 11, 27));

    private final Roles roles = mock(Roles.class);
    private final Dimensions dimensions = mock(Dimensions.class);
    private final Editorials editorials = mock(Editorials.class);
    private final Comparisons service = new Comparisons(roles, dimensions, editorials);

    private final RoleView agent = role(1, "call-center-agent", List.of(ARTICLE, CODES));
    private final RoleView manager = role(2, "project-manager", List.of(ARTICLE));
    private final RoleView analyst = role(3, "data-analyst", List.of());
    private final List<DimensionView> all = List.of(
            new DimensionView(11, "responsibilities", 1, "Responsibilities", "What"),
            new DimensionView(12, "skills", 2, "Skills", "How"),
            new DimensionView(13, "kpis", 3, "Metrics", "Measured"));

    @BeforeEach
    void catalog() {
        for (RoleView role : List.of(agent, manager, analyst)) {
            when(roles.bySlug(role.slug(), EN)).thenReturn(Optional.of(role));
            when(roles.exists(role.slug())).thenReturn(true);
        }
        when(roles.all(EN)).thenReturn(List.of(agent, manager, analyst));
        when(dimensions.all(EN)).thenReturn(all);
        when(roles.points(anyLong(), anyLong(), anyString())).thenAnswer(call -> List.of(
                new PointView("role " + call.getArgument(0) + " dimension " + call.getArgument(1), null)));
        when(editorials.find(anyLong(), anyLong(), anyString())).thenReturn(Optional.empty());
    }

    @Test
    void oneRowPerDimensionInDimensionOrderWithBothRolesPoints() {
        ComparisonView view = service.compare(service.pair("call-center-agent-vs-project-manager"), DimensionFilter.ALL, EN);

        assertThat(view.rows()).extracting(r -> r.dimension().key()).containsExactly("responsibilities", "skills", "kpis");
        ComparisonView.Row skills = view.rows().get(1);
        assertThat(skills.first()).extracting(PointView::headline).containsExactly("role 1 dimension 12");
        assertThat(skills.second()).extracting(PointView::headline).containsExactly("role 2 dimension 12");
        assertThat(view.filtered()).isFalse();
        assertThat(view.chosenKeys()).containsExactly("responsibilities", "skills", "kpis");
    }

    @Test
    void filterKeepsOnlyChosenRowsInDimensionOrder() {
        DimensionFilter filter = DimensionFilter.parse(List.of("kpis", "responsibilities"),
                List.of("responsibilities", "skills", "kpis"));
        ComparisonView view = service.compare(Pair.of("call-center-agent", "project-manager"), filter, EN);

        assertThat(view.rows()).extracting(r -> r.dimension().key()).containsExactly("responsibilities", "kpis");
        assertThat(view.filtered()).isTrue();
        assertThat(view.dimensions()).hasSize(3);
    }

    @Test
    void aPairWithoutEditorialIsAPlainComparisonCreditingBothRolesSources() {
        ComparisonView view = service.compare(Pair.of("data-analyst", "call-center-agent"), DimensionFilter.ALL, EN);

        assertThat(view.hasEditorial()).isFalse();
        assertThat(view.first().slug()).isEqualTo("call-center-agent");
        assertThat(view.second().slug()).isEqualTo("data-analyst");
        assertThat(view.rows()).noneMatch(ComparisonView.Row::keyDifference);
        assertThat(view.sources()).containsExactly(ARTICLE, CODES);
    }

    @Test
    void editorialMarksTheKeyRowAndComesFirstInSources() {
        EditorialView editorial = new EditorialView(7, 1, 2, "Summary", all.get(1), "Why", List.of(), List.of(),
                LocalDate.of(2026, 11, 27), List.of(CODES));
        when(editorials.find(1L, 2L, EN)).thenReturn(Optional.of(editorial));

        ComparisonView view = service.compare(Pair.of("call-center-agent", "project-manager"), DimensionFilter.ALL, EN);

        assertThat(view.editorial()).isEqualTo(editorial);
        assertThat(view.rows()).filteredOn(ComparisonView.Row::keyDifference)
                .extracting(r -> r.dimension().key()).containsExactly("skills");
        assertThat(view.sources()).containsExactly(CODES, ARTICLE);
    }

    @Test
    void unknownRoleIsNotFoundAndSameRoleIsBadRequest() {
        assertThatThrownBy(() -> service.pair("call-center-agent-vs-astronaut")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.pair("project-manager-vs-project-manager")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> service.pair("project-manager", "astronaut")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.pair("project-manager", "project-manager")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> service.pair(null, "project-manager")).isInstanceOf(BadRequestException.class);
    }

    @Test
    void theFormPairIsCanonicalWhicheverOrderItWasChosenIn() {
        assertThat(service.pair("project-manager", "call-center-agent").path())
                .isEqualTo("/compare/call-center-agent-vs-project-manager");
    }

    private static RoleView role(long id, String slug, List<SourceView> sources) {
        return new RoleView(id, slug, (int) id, "Name " + slug, "Description", List.of(), List.of(), sources);
    }
}
