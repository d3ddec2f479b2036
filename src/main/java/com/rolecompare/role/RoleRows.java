package com.rolecompare.role;

import java.util.List;

import org.springframework.stereotype.Component;

import com.rolecompare.content.ContentPart;

/**
 * The roles in scope with everything about them, and the families. Columns by kind:
 * role: a id, b family, c position, s1 slug, s2 O*NET code, s3 match, s4 ratings code;
 * role_text: a role, locale, s1 name, s2 description; role_title: a role, b source, c position, locale, s1 title;
 * role_source: a role, b source, c position; occupation_code: a role, b source, c position, s1 scheme, s2 code,
 * s3 title; role_fact: a role, b source, c position, d fact; role_fact_text: a fact, locale, s1 body;
 * role_point: a role, b dimension, c position, d source, locale, s1 headline, s2 detail;
 * role_link: a role, b other role, c position, d source, s1 kind; role_family: a id, c position, s1 key;
 * role_family_text: a family, locale, s1 name, s2 description.
 */
@Component
class RoleRows implements ContentPart {

    static final String ROLE = "role";
    static final String TEXT = "role_text";
    static final String TITLE = "role_title";
    static final String SOURCE = "role_source";
    static final String CODE = "occupation_code";
    static final String FACT = "role_fact";
    static final String FACT_TEXT = "role_fact_text";
    static final String POINT = "role_point";
    static final String LINK = "role_link";
    static final String FAMILY = "role_family";
    static final String FAMILY_TEXT = "role_family_text";

    private static final String NO_LONG = "cast(null as Long)";
    private static final String NO_TEXT = "cast(null as String)";
    private static final String NO_NUMBER = "cast(null as BigDecimal)";
    private static final String ROLE_IN_SCOPE = "(select r.id from Role r where " + ContentPart.roleInScope("r") + ")";

    @Override
    public List<String> selects() {
        return List.of(
                row("'role'", "r.id", "r.familyId", "cast(r.position as Long)", NO_LONG, NO_TEXT,
                        "r.slug", "r.onetCode", "r.onetMatch", "r.ratingsCode",
                        "Role r where " + ContentPart.roleInScope("r")),
                row("'role_text'", "r.id", NO_LONG, NO_LONG, NO_LONG, "key(t)", "t.name", "t.description", NO_TEXT, NO_TEXT,
                        "Role r join r.texts t where " + ContentPart.roleInScope("r")),
                row("'role_title'", "t.roleId", "t.sourceId", "cast(t.position as Long)", NO_LONG, "t.locale", "t.title",
                        NO_TEXT, NO_TEXT, NO_TEXT, "RoleTitle t where t.roleId in " + ROLE_IN_SCOPE),
                row("'role_source'", "r.id", "key(s)", "cast(value(s) as Long)", NO_LONG, NO_TEXT, NO_TEXT, NO_TEXT,
                        NO_TEXT, NO_TEXT, "Role r join r.sourcePositions s where " + ContentPart.roleInScope("r")),
                row("'occupation_code'", "c.roleId", "c.sourceId", "cast(c.position as Long)", NO_LONG, NO_TEXT,
                        "c.scheme", "c.code", "c.title", NO_TEXT, "OccupationCode c where c.roleId in " + ROLE_IN_SCOPE),
                row("'role_fact'", "f.roleId", "f.sourceId", "cast(f.position as Long)", "f.id", NO_TEXT, NO_TEXT,
                        NO_TEXT, NO_TEXT, NO_TEXT, "RoleFact f where f.roleId in " + ROLE_IN_SCOPE),
                row("'role_fact_text'", "f.id", NO_LONG, NO_LONG, NO_LONG, "key(t)", "t", NO_TEXT, NO_TEXT, NO_TEXT,
                        "RoleFact f join f.texts t where f.roleId in " + ROLE_IN_SCOPE),
                row("'role_point'", "p.roleId", "p.dimensionId", "cast(p.position as Long)", "p.sourceId", "p.locale",
                        "p.headline", "p.detail", NO_TEXT, NO_TEXT, "RolePoint p where p.roleId in " + ROLE_IN_SCOPE),
                row("'role_link'", "k.roleId", "k.otherRoleId", "cast(k.position as Long)", "k.sourceId", NO_TEXT,
                        "k.kind", NO_TEXT, NO_TEXT, NO_TEXT, "RoleLink k where k.roleId in " + ROLE_IN_SCOPE),
                row("'role_family'", "f.id", NO_LONG, "cast(f.position as Long)", NO_LONG, NO_TEXT, "f.key", NO_TEXT,
                        NO_TEXT, NO_TEXT, "RoleFamily f"),
                row("'role_family_text'", "f.id", NO_LONG, NO_LONG, NO_LONG, "key(t)", "t.name", "t.description",
                        NO_TEXT, NO_TEXT, "RoleFamily f join f.texts t"));
    }

    @Override
    public List<String> citedSources() {
        return List.of(
                "select p.sourceId from RolePoint p where p.roleId in " + ROLE_IN_SCOPE,
                "select t.sourceId from RoleTitle t where t.roleId in " + ROLE_IN_SCOPE,
                "select c.sourceId from OccupationCode c where c.roleId in " + ROLE_IN_SCOPE,
                "select f.sourceId from RoleFact f where f.roleId in " + ROLE_IN_SCOPE,
                "select k.sourceId from RoleLink k where k.roleId in " + ROLE_IN_SCOPE,
                "select key(s) from Role r join r.sourcePositions s where " + ContentPart.roleInScope("r"));
    }

    private static String row(String kind, String a, String b, String c, String d, String locale, String s1, String s2,
            String s3, String s4, String from) {
        return "select " + String.join(", ", kind, a, b, c, d, locale, s1, s2, s3, s4, NO_TEXT, NO_NUMBER, NO_NUMBER)
                + " from " + from;
    }
}
