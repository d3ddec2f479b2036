package com.rolecompare.role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.rolecompare.content.Citations;
import com.rolecompare.content.Content;
import com.rolecompare.content.ContentSnapshots;
import com.rolecompare.content.PointView;
import com.rolecompare.content.SourceView;
import com.rolecompare.dimension.DimensionView;
import com.rolecompare.dimension.Dimensions;
import com.rolecompare.onet.Occupations;
import com.rolecompare.web.NotFoundException;
import com.rolecompare.web.Page;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.ReaderLanguage;

/** A role over all six dimensions, where it leads, and every other role to compare it with. */
@Controller
class RoleController {

    static final String VIEW = "role";

    /** One dimension of the role's profile. */
    record Section(DimensionView dimension, List<PointView> points) {
    }

    private final Roles roles;
    private final Dimensions dimensions;
    private final Occupations occupations;
    private final ContentSnapshots snapshots;
    private final RoleStructuredData structuredData;

    RoleController(Roles roles, Dimensions dimensions, Occupations occupations, ContentSnapshots snapshots,
            RoleStructuredData structuredData) {
        this.roles = roles;
        this.dimensions = dimensions;
        this.occupations = occupations;
        this.snapshots = snapshots;
        this.structuredData = structuredData;
    }

    @GetMapping("/roles/{slug}")
    Page role(@PathVariable String slug, ReaderLanguage language) {
        String tag = language.tag();
        if (!roles.exists(slug)) {
            throw NotFoundException.role(slug);
        }
        return Page.of(VIEW, PageKey.of("/roles/" + slug, language), () -> {
            Content content = snapshots.whole();
            Roles.Catalog catalog = roles.in(content);
            RoleView role = catalog.bySlug(slug, tag).orElseThrow(() -> NotFoundException.role(slug));
            List<Section> sections = dimensions.all(tag).stream()
                    .map(d -> new Section(d, catalog.points(role.id(), d.id(), tag)))
                    .toList();
            Map<String, String> compare = new HashMap<>();
            catalog.all(tag).forEach(other -> compare.put(other.slug(), Pair.of(role.slug(), other.slug()).path()));
            List<LinkView> previous = catalog.previousSteps(role.id(), tag);
            List<LinkView> next = catalog.nextSteps(role.id(), tag);
            List<LinkView> related = catalog.related(role.id(), tag);
            List<SourceView> sources = new ArrayList<>(role.sources());
            for (List<LinkView> links : List.of(previous, next, related)) {
                links.forEach(l -> sources.add(l.source()));
            }
            SimilarRoles similar = SimilarRoles.of(role, catalog.all(tag), occupations.in(content), tag);
            Map<String, Object> model = new HashMap<>(Map.of("role", role, "sections", sections,
                    "previousSteps", previous, "nextSteps", next, "related", related, "similar", similar,
                    "families", catalog.families(tag), "compare", compare, "citations", Citations.of(sources)));
            model.put("jsonLd", structuredData.occupation(role, occupations.in(content), tag));
            return model;
        });
    }
}
