package com.rolecompare.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.rolecompare.content.Citations;
import com.rolecompare.content.SourceView;
import com.rolecompare.web.Page;
import com.rolecompare.web.PageKey;
import com.rolecompare.web.ReaderLanguage;

/** Every role of the catalog, family by family. */
@Controller
class RolesPageController {

    static final String VIEW = "roles";

    private final Roles roles;

    RolesPageController(Roles roles) {
        this.roles = roles;
    }

    @GetMapping("/roles")
    Page roles(ReaderLanguage language) {
        return Page.of(VIEW, PageKey.of("/roles", language), () -> {
            Roles.Catalog catalog = roles.catalog();
            List<FamilyGroup> families = catalog.families(language.tag());
            List<SourceView> sources = new ArrayList<>();
            catalog.all(language.tag()).forEach(r -> {
                if (r.onet().hasOccupation() && r.onet().occupation().source() != null) {
                    sources.add(r.onet().occupation().source());
                }
            });
            return Map.of("families", families, "count", catalog.all(language.tag()).size(),
                    "citations", Citations.of(sources));
        });
    }

    /** A trailing slash leads to the same list. */
    @GetMapping("/roles/")
    String trailingSlash() {
        return "redirect:/roles";
    }
}
