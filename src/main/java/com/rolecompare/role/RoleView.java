package com.rolecompare.role;

import java.util.List;

import com.rolecompare.content.SourceView;

/** A role in one language, with its official codes, facts beyond the seed, and sources. */
public record RoleView(long id, String slug, int position, String name, String description,
        List<OccupationCodeView> codes, List<FactView> facts, List<SourceView> sources) {

    public record OccupationCodeView(String scheme, String code, String title, SourceView source) {
    }

    public record FactView(String text, SourceView source) {
    }
}
