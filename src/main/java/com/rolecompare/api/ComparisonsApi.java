package com.rolecompare.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.rolecompare.comparison.ComparisonView;
import com.rolecompare.comparison.Comparisons;
import com.rolecompare.comparison.DimensionFilter;
import com.rolecompare.comparison.EditorialView;
import com.rolecompare.comparison.Move;
import com.rolecompare.comparison.PairFigures;
import com.rolecompare.content.PointView;
import com.rolecompare.content.SourceView;
import com.rolecompare.onet.SkillView;
import com.rolecompare.onet.Transition;
import com.rolecompare.role.Pair;
import com.rolecompare.role.RoleView;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.ReaderLanguage;

/**
 * Any two roles side by side, as JSON and as CSV, with the comparison page's filter and order: the same
 * {@link DimensionFilter}, the same {@link Comparisons}, and a reversed pair moved to its canonical address.
 */
@Controller
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Comparisons", description = "Any two roles side by side, as JSON or as a CSV file.")
class ComparisonsApi {

    private static final String PAIR = ApiLinks.COMPARISONS + "/{pair}";
    private static final String PAIR_DOC = "Two role slugs joined by `-vs-`, the one that sorts first first; the other "
            + "order answers 301 to this one, keeping the filter and `lang`.";
    private static final String MOVED = "The pair was written the other way round: its canonical address.";
    private static final String LOCATION = "The canonical address (relative), with the same filter and `lang`.";
    private static final String FILTER_DOC = "Dimensions to show (repeat the parameter for several). Empty values are "
            + "ignored, repeats count once, rows follow the dimension order whatever the order here, and all six is the "
            + "same as none. An unknown key, a value over 40 characters or more than 24 values is a 400.";

    /** The pair and filter of a request, read as the comparison page reads them. */
    private record View(Pair pair, DimensionFilter filter, List<String> chosen) {
    }

    private final Comparisons comparisons;
    private final ApiLinks links;
    private final MessageSource messages;

    ComparisonsApi(Comparisons comparisons, ApiLinks links, MessageSource messages) {
        this.comparisons = comparisons;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping(PAIR)
    @Operation(summary = "Two roles side by side",
            parameters = @Parameter(name = "dimension", in = ParameterIn.QUERY, description = FILTER_DOC,
                    array = @ArraySchema(schema = @Schema(type = "string", example = "skills"))))
    @ApiResponse(responseCode = "200", description = "The comparison.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ComparisonDetail.class)))
    @ApiResponse(responseCode = "301", description = MOVED, headers = @Header(name = "Location", description = LOCATION),
            content = @Content)
    ApiAnswer<ComparisonDetail> comparison(
            @Parameter(description = PAIR_DOC, example = "call-center-agent-vs-project-manager")
            @PathVariable("pair") String segment,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters, ReaderLanguage language) {
        View view = read(segment, parameters);
        PageKey key = PageKey.of(ApiLinks.COMPARISONS + "/" + view.pair().segment(), view.chosen(), language);
        if (view.pair().reversed()) {
            return ApiAnswer.movedTo(key);
        }
        return ApiAnswer.of(key, () -> detail(comparisons.compare(view.pair(), view.filter(), language.tag()),
                view.chosen(), language));
    }

    @GetMapping(value = PAIR + ApiLinks.CSV, produces = "text/csv")
    @Operation(summary = "Two roles side by side as a CSV file",
            description = "UTF-8 with a byte-order mark, a header row, then one row per dimension, role and point. "
                    + "Cells that a spreadsheet would read as a formula start with a single quote.",
            parameters = @Parameter(name = "dimension", in = ParameterIn.QUERY, description = FILTER_DOC,
                    array = @ArraySchema(schema = @Schema(type = "string", example = "skills"))))
    @ApiResponse(responseCode = "200", description = "The CSV file, as an attachment.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "301", description = MOVED, headers = @Header(name = "Location", description = LOCATION),
            content = @Content)
    CsvDownload csv(@Parameter(description = PAIR_DOC, example = "call-center-agent-vs-project-manager")
            @PathVariable("pair") String segment,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters, ReaderLanguage language) {
        View view = read(segment, parameters);
        PageKey key = PageKey.of(ApiLinks.COMPARISONS + "/" + view.pair().segment() + ApiLinks.CSV, view.chosen(),
                language);
        if (view.pair().reversed()) {
            return CsvDownload.movedTo(key);
        }
        return CsvDownload.of(key, view.pair().segment() + "-" + language.tag() + ".csv",
                () -> csv(comparisons.compare(view.pair(), view.filter(), language.tag()), language.locale()));
    }

    private View read(String segment, MultiValueMap<String, String> parameters) {
        Pair pair = comparisons.pair(segment);
        List<String> keys = comparisons.dimensionKeys(pair);
        DimensionFilter filter = DimensionFilter.parse(parameters.get("dimension"), keys);
        return new View(pair, filter, filter.isAll() ? List.of() : filter.ordered(keys));
    }

    private ComparisonDetail detail(ComparisonView c, List<String> chosen, ReaderLanguage language) {
        String tag = language.tag();
        String path = ApiLinks.COMPARISONS + "/" + c.pair().segment();
        EditorialView e = c.editorial();
        PairFigures f = c.figures();
        return new ComparisonDetail(c.pair().segment(), tag, links.url(c.pair().path(), chosen, tag),
                links.url(path + ApiLinks.CSV, chosen, tag), links.role(c.first(), tag), links.role(c.second(), tag),
                c.filtered(), c.chosenKeys(),
                c.rows().stream().map(r -> new ComparisonDetail.ComparisonRow(r.dimension().key(), r.dimension().name(),
                        r.keyDifference(), points(r.first()), points(r.second()))).toList(),
                e == null ? null : new ComparisonDetail.EditorialEntry(e.summary(), e.keyDimension().key(),
                        e.keyDifference(), points(e.keyReasons()), points(e.conclusion()), e.reviewedOn()),
                new ComparisonDetail.PairFiguresEntry(f.sameOccupation(), f.zoneGap(),
                        f.sharedSkills() == null ? null : f.sharedSkills().stream().map(SkillView::name).toList(),
                        f.importantSkills()),
                c.chart() == null ? List.of() : c.chart().rows().stream()
                        .map(r -> new ComparisonDetail.SkillLevels(r.skill().name(), r.first().importance(),
                                r.first().level(), r.second().importance(), r.second().level()))
                        .toList(),
                c.moves().stream().map(m -> move(m, language.locale())).toList(),
                c.faq().stream().map(QuestionEntry::of).toList(),
                c.sources().stream().map(SourceEntry::of).toList());
    }

    private ComparisonDetail.MoveEntry move(Move move, Locale locale) {
        Transition t = move.transition();
        if (t == null) {
            return new ComparisonDetail.MoveEntry(move.from().slug(), move.to().slug(), false, null, null, null,
                    List.of(), List.of());
        }
        return new ComparisonDetail.MoveEntry(move.from().slug(), move.to().slug(), true, t.rounded(),
                t.band().key(), label("band." + t.band().key(), locale),
                t.carryOver().stream().map(SkillView::name).toList(),
                t.toBuild().stream().map(g -> new ComparisonDetail.SkillGap(g.skill().name(), g.from(), g.to(),
                        g.points())).toList());
    }

    /** One row per dimension, role and point, after a header row in the reader's language. */
    private String csv(ComparisonView c, Locale locale) {
        Csv csv = new Csv().row(List.of("csv.dimensionKey", "csv.dimension", "csv.roleKey", "csv.role", "csv.position",
                "csv.headline", "csv.detail", "csv.source", "csv.sourceUrl").stream().map(k -> label(k, locale)).toArray());
        for (ComparisonView.Row row : c.rows()) {
            points(csv, row, c.first(), row.first());
            points(csv, row, c.second(), row.second());
        }
        return csv.toString();
    }

    private static void points(Csv csv, ComparisonView.Row row, RoleView role, List<PointView> points) {
        for (int i = 0; i < points.size(); i++) {
            PointView point = points.get(i);
            SourceView source = point.source();
            csv.row(row.dimension().key(), row.dimension().name(), role.slug(), role.name(), i + 1, point.headline(),
                    point.hasDetail() ? point.detail() : "", source == null ? "" : source.title(),
                    source == null ? "" : source.url());
        }
    }

    private static List<PointEntry> points(List<PointView> points) {
        return points.stream().map(PointEntry::of).toList();
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
