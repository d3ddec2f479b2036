package com.rolecompare.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import com.rolecompare.dimension.Dimensions;
import com.rolecompare.onet.OccupationView;
import com.rolecompare.role.FamilyView;
import com.rolecompare.role.RoleView;
import com.rolecompare.role.Roles;
import com.rolecompare.web.NotFoundException;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.ReaderLanguage;

/** The roles of the catalog and the dimensions they are compared on. */
@Controller
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Roles", description = "The catalog's roles and the six dimensions they are described on.")
class RolesApi {

    private final Roles roles;
    private final Dimensions dimensions;
    private final ApiLinks links;
    private final MessageSource messages;

    RolesApi(Roles roles, Dimensions dimensions, ApiLinks links, MessageSource messages) {
        this.roles = roles;
        this.dimensions = dimensions;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping(ApiLinks.ROLES)
    @Operation(summary = "Every role, family by family")
    ApiAnswer<RoleList> roles(ReaderLanguage language) {
        String tag = language.tag();
        return ApiAnswer.of(PageKey.of(ApiLinks.ROLES, language), () -> new RoleList(tag,
                roles.all(tag).stream().map(role -> new RoleList.RoleSummary(role.slug(), role.name(),
                        family(role.family()), role.description(), links.url("/roles/" + role.slug(), tag),
                        links.url(ApiLinks.ROLES + "/" + role.slug(), tag))).toList()));
    }

    @GetMapping(ApiLinks.ROLES + "/{slug}")
    @Operation(summary = "One role: titles, codes, O*NET figures and its points on every dimension")
    ApiAnswer<RoleDetail> role(@Parameter(description = "The role's slug, as `/api/v1/roles` lists it.",
            example = "project-manager") @PathVariable String slug, ReaderLanguage language) {
        if (!roles.exists(slug)) {
            throw NotFoundException.role(slug);
        }
        String tag = language.tag();
        return ApiAnswer.of(PageKey.of(ApiLinks.ROLES + "/" + slug, language), () -> {
            Roles.Catalog catalog = roles.catalog();
            RoleView role = catalog.bySlug(slug, tag).orElseThrow(() -> NotFoundException.role(slug));
            List<RoleDetail.DimensionPoints> points = dimensions.all(tag).stream()
                    .map(d -> new RoleDetail.DimensionPoints(d.key(), d.name(),
                            catalog.points(role.id(), d.id(), tag).stream().map(PointEntry::of).toList()))
                    .toList();
            return new RoleDetail(role.slug(), tag, role.name(), family(role.family()), role.description(),
                    links.url("/roles/" + role.slug(), tag),
                    role.titles().stream().map(t -> new RoleDetail.TitleEntry(t.title(), SourceEntry.keyOf(t.source())))
                            .toList(),
                    role.codes().stream().map(c -> new RoleDetail.CodeEntry(c.scheme(), c.code(), c.title(),
                            SourceEntry.keyOf(c.source()))).toList(),
                    figures(role, language.locale()), points,
                    role.sources().stream().map(SourceEntry::of).toList());
        });
    }

    @GetMapping(ApiLinks.DIMENSIONS)
    @Operation(summary = "The six dimensions, in display order")
    ApiAnswer<DimensionList> dimensions(ReaderLanguage language) {
        String tag = language.tag();
        return ApiAnswer.of(PageKey.of(ApiLinks.DIMENSIONS, language), () -> new DimensionList(tag,
                dimensions.all(tag).stream().map(d -> new DimensionList.DimensionEntry(d.key(), d.name(),
                        d.explanation(), links.url("/dimensions/" + d.key(), tag))).toList()));
    }

    private static RoleList.FamilyRef family(FamilyView family) {
        return family == null ? null : new RoleList.FamilyRef(family.key(), family.name());
    }

    private RoleDetail.RoleFigures figures(RoleView role, Locale locale) {
        OccupationView occupation = role.onet().occupation();
        OccupationView ratings = role.onet().ratings();
        Integer zone = occupation == null ? null : occupation.jobZone();
        Integer education = occupation == null ? null : occupation.educationLevel();
        return new RoleDetail.RoleFigures(
                occupation == null ? null : occupation.code(), occupation == null ? null : occupation.title(),
                role.onet().nearest(), zone, zone == null ? null : label("jobZone." + zone + ".name", locale),
                education, education == null ? null : label("education." + education, locale),
                occupation == null ? null : occupation.educationShare(),
                ratings == null ? null : ratings.code(), ratings == null ? null : ratings.title(),
                role.onet().standIn());
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
