package com.rolecompare.onet;

import java.util.List;

import org.springframework.stereotype.Component;

import com.rolecompare.content.ContentPart;

/**
 * O*NET figures for the scope: the occupations its roles use (their own or a stand-in), their skill ratings, and the
 * 35 skills. Occupation rows: s1 code, s2 title, b job zone, c education level, n1 education share, d 1 if rated.
 * Skill rows: a id, c position, s1 element id, n1 mean importance; names: a id, locale, s1. Ratings: s1 code,
 * a skill id, n1 importance, n2 level.
 */
@Component
class OnetRows implements ContentPart {

    static final String OCCUPATION = "onet_occupation";
    static final String SKILL = "skill";
    static final String SKILL_NAME = "skill_name";
    static final String RATING = "skill_rating";

    /** Occupations of the roles in scope; HQL over Role, the one entity of another feature this part names. */
    private static final String IN_SCOPE = """
            (:all = true or %1$s in (select r.onetCode from Role r where r.slug in (:slugs))
                         or %1$s in (select r.ratingsCode from Role r where r.slug in (:slugs)))""";

    @Override
    public List<String> selects() {
        return List.of("""
                select 'onet_occupation', cast(null as Long), cast(o.jobZone as Long), cast(o.educationLevel as Long),
                       case when o.rated then 1L else 0L end, cast(null as String), o.code, o.title,
                       cast(null as String), cast(null as String), cast(null as String), o.educationShare,
                       cast(null as BigDecimal)
                from OnetOccupation o where """ + IN_SCOPE.formatted("o.code"), """
                select 'skill', s.id, cast(null as Long), cast(s.position as Long), cast(null as Long),
                       cast(null as String), s.elementId, cast(null as String), cast(null as String),
                       cast(null as String), cast(null as String), s.meanImportance, cast(null as BigDecimal)
                from Skill s""", """
                select 'skill_name', s.id, cast(null as Long), cast(null as Long), cast(null as Long), key(n), n,
                       cast(null as String), cast(null as String), cast(null as String), cast(null as String),
                       cast(null as BigDecimal), cast(null as BigDecimal)
                from Skill s join s.names n""", """
                select 'skill_rating', k.skillId, cast(null as Long), cast(null as Long), cast(null as Long),
                       cast(null as String), k.code, cast(null as String), cast(null as String), cast(null as String),
                       cast(null as String), k.importance, k.level
                from SkillRating k where """ + IN_SCOPE.formatted("k.code"));
    }

    @Override
    public List<String> citedSources() {
        return List.of("select x.id from Source x where x.key = 'onet-29.3' or x.key in "
                + "(select concat('onet-29.3-', o.code) from OnetOccupation o where " + IN_SCOPE.formatted("o.code") + ")");
    }
}
