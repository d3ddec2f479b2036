package com.rolecompare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real Flyway migrations on the configured database: the schema validates against the entities
 * (the context would not start otherwise), and zh-CN and en content are both complete.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ContentMigrationsTest {

    private static final List<String> LANGUAGES = List.of("zh-CN", "en");

    /** Every text a reader sees, with where it lives and its language. */
    private static final String READER_TEXTS = """
            select 'role_point ' || id as place, locale, headline || ' ' || coalesce(detail, '') as body from role_point
            union all select 'role_text ' || role_id, locale, name || ' ' || description from role_text
            union all select 'role_title ' || role_id, locale, title from role_title
            union all select 'role_fact ' || fact_id, locale, body from role_fact_text
            union all select 'comparison ' || comparison_id, locale, summary || ' ' || key_difference from comparison_text
            union all select 'comparison_point ' || id, locale, headline || ' ' || coalesce(detail, '') from comparison_point
            union all select 'faq ' || faq_id, locale, question || ' ' || answer from faq_text
            union all select 'dimension ' || dimension_id, locale, name || ' ' || explanation from dimension_text
            union all select 'family ' || family_id, locale, name || ' ' || description from role_family_text
            """;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seedsTheSixDimensionsInOrder() {
        assertThat(jdbc.queryForList("select dim_key from dimension order by position", String.class))
                .containsExactly("responsibilities", "daily-work", "skills", "kpis", "works-with", "career-path");
    }

    @Test
    void seedsBothRoles() {
        assertThat(jdbc.queryForList("select slug from role order by position", String.class))
                .contains("call-center-agent", "project-manager");
    }

    @Test
    void everyRoleHasPointsForEveryDimensionInEveryLanguage() {
        List<Map<String, Object>> missing = jdbc.queryForList("""
                select r.slug, d.dim_key, l.locale
                from role r cross join dimension d
                cross join (select 'zh-CN' as locale union all select 'en') l
                where not exists (select 1 from role_point p
                                  where p.role_id = r.id and p.dimension_id = d.id and p.locale = l.locale)
                """);
        assertThat(missing).isEmpty();
    }

    @Test
    void bothLanguagesCarryTheSameNumberOfPointsInEveryList() {
        List<Map<String, Object>> uneven = jdbc.queryForList("""
                select role_id, dimension_id
                from role_point
                group by role_id, dimension_id
                having sum(case when locale = 'zh-CN' then 1 else 0 end)
                    <> sum(case when locale = 'en' then 1 else 0 end)
                """);
        assertThat(uneven).isEmpty();
        assertThat(jdbc.queryForList("""
                select comparison_id, section from comparison_point group by comparison_id, section
                having sum(case when locale = 'zh-CN' then 1 else 0 end) <> sum(case when locale = 'en' then 1 else 0 end)
                """)).isEmpty();
    }

    @Test
    void everyTranslatableRowHasEveryLanguage() {
        Map<String, String> tables = Map.of(
                "role", "select count(*) from role_text t where t.role_id = x.id and t.locale = ?",
                "dimension", "select count(*) from dimension_text t where t.dimension_id = x.id and t.locale = ?",
                "comparison", "select count(*) from comparison_text t where t.comparison_id = x.id and t.locale = ?",
                "faq_entry", "select count(*) from faq_text t where t.faq_id = x.id and t.locale = ?",
                "role_fact", "select count(*) from role_fact_text t where t.fact_id = x.id and t.locale = ?",
                "metric", "select count(*) from metric_text t where t.metric_id = x.id and t.locale = ?");
        tables.forEach((table, count) -> {
            for (String language : LANGUAGES) {
                Integer untranslated = jdbc.queryForObject(
                        "select count(*) from " + table + " x where (" + count + ") = 0", Integer.class, language);
                assertThat(untranslated).as("%s rows without %s", table, language).isZero();
            }
        });
    }

    @Test
    void theSeedPairHasItsEditorialFaqAndCreditsTheArticle() {
        assertThat(jdbc.queryForObject("""
                select count(*) from comparison c
                join role a on a.id = c.role_a_id join role b on b.id = c.role_b_id
                where a.slug = 'call-center-agent' and b.slug = 'project-manager'
                """, Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select anchor from faq_entry where comparison_id is not null", String.class))
                .contains("work-environment");
        assertThat(jdbc.queryForObject("""
                select s.url from comparison_source cs join source s on s.id = cs.source_id
                where cs.comparison_id = 1 and cs.position = 1
                """, String.class)).isEqualTo("https://worktile.com/kb/p/3937150");
    }

    @Test
    void editorialPairsAreStoredInCanonicalOrder() {
        assertThat(jdbc.queryForObject("""
                select count(*) from comparison c
                join role a on a.id = c.role_a_id join role b on b.id = c.role_b_id
                where a.slug >= b.slug
                """, Integer.class)).isZero();
    }

    @Test
    void everyRoleHasThreeToEightPointsPerDimensionInEachLanguage() {
        List<Map<String, Object>> outOfRange = jdbc.queryForList("""
                select r.slug, d.dim_key, l.locale,
                       (select count(*) from role_point p
                        where p.role_id = r.id and p.dimension_id = d.id and p.locale = l.locale) as points
                from role r cross join dimension d
                cross join (select 'zh-CN' as locale union all select 'en') l
                """).stream().filter(row -> {
                    long points = ((Number) row.get("points")).longValue();
                    return points < 3 || points > 8;
                }).toList();
        assertThat(outOfRange).as("role x dimension x language lists outside 3..8 points").isEmpty();
    }

    @Test
    void everyRoleBelongsToAFamilyAndHasTitlesInBothLanguages() {
        for (String language : LANGUAGES) {
            assertThat(jdbc.queryForList("""
                    select r.slug from role r
                    where not exists (select 1 from role_title t where t.role_id = r.id and t.locale = ?)
                    """, String.class, language)).as("roles without titles in %s", language).isEmpty();
        }
        assertThat(jdbc.queryForObject("select count(*) from role_family f where not exists "
                + "(select 1 from role r where r.family_id = f.id)", Integer.class)).as("empty families").isZero();
    }

    @Test
    void roleNamesAreUniqueInEachLanguage() {
        assertThat(jdbc.queryForList(
                "select locale, name from role_text group by locale, name having count(*) > 1")).isEmpty();
    }

    @Test
    void everyFaqAnswerCitesAtLeastOneSource() {
        assertThat(jdbc.queryForList("select anchor from faq_entry f where not exists "
                + "(select 1 from faq_source s where s.faq_id = f.id)", String.class)).isEmpty();
    }

    @Test
    void rolesWithoutOwnRatingsNameTheirStandIn() {
        // A role whose own occupation is unrated either shows a rated stand-in or none; never unrated figures.
        assertThat(jdbc.queryForList("""
                select r.slug from role r join onet_occupation o on o.code = r.ratings_code where not o.rated
                """, String.class)).isEmpty();
    }

    @Test
    void everyRolePageListsTheSourcesItsPointsTitlesAndFactsCite() {
        List<Map<String, Object>> unlisted = jdbc.queryForList("""
                select r.slug, c.source_id, c.cited_by from role r
                join (select role_id, source_id, 'role_point ' || id as cited_by from role_point
                      union all select role_id, source_id, 'role_title ' || locale || ' ' || position from role_title
                      union all select role_id, source_id, 'role_fact ' || id from role_fact) c on c.role_id = r.id
                where not exists (select 1 from role_source rs where rs.role_id = r.id and rs.source_id = c.source_id)
                order by r.slug, c.source_id
                """);
        assertThat(unlisted).as("sources cited on a role but missing from its role_source").isEmpty();
    }

    @Test
    void everyComparisonListsTheSourcesItsPointsAndFaqCite() {
        List<Map<String, Object>> unlisted = jdbc.queryForList("""
                select c.comparison_id, c.source_id, c.cited_by from (
                    select comparison_id, source_id, 'comparison_point ' || id as cited_by from comparison_point
                    union all select f.comparison_id, s.source_id, 'faq ' || f.anchor
                    from faq_entry f join faq_source s on s.faq_id = f.id where f.comparison_id is not null) c
                where not exists (select 1 from comparison_source cs
                                  where cs.comparison_id = c.comparison_id and cs.source_id = c.source_id)
                order by c.comparison_id, c.source_id
                """);
        assertThat(unlisted).as("sources cited in a comparison but missing from its comparison_source").isEmpty();
    }

    @Test
    void bothLanguagesCiteTheSameSourceAtEachPosition() {
        assertThat(jdbc.queryForList("""
                select z.id as zh, e.id as en, z.source_id as zh_source, e.source_id as en_source
                from role_point z join role_point e
                  on e.role_id = z.role_id and e.dimension_id = z.dimension_id and e.position = z.position
                where z.locale = 'zh-CN' and e.locale = 'en' and z.source_id <> e.source_id
                union all
                select z.id, e.id, z.source_id, e.source_id
                from comparison_point z join comparison_point e
                  on e.comparison_id = z.comparison_id and e.section = z.section and e.position = z.position
                where z.locale = 'zh-CN' and e.locale = 'en' and z.source_id <> e.source_id
                """)).as("points whose zh-CN and en versions cite different sources").isEmpty();
    }

    @Test
    void everyRoleHasTwoToSixTitlesInEachLanguage() {
        List<Map<String, Object>> outOfRange = jdbc.queryForList("""
                select r.slug, l.locale,
                       (select count(*) from role_title t where t.role_id = r.id and t.locale = l.locale) as titles
                from role r cross join (select 'zh-CN' as locale union all select 'en') l
                """).stream().filter(row -> {
                    long titles = ((Number) row.get("titles")).longValue();
                    return titles < 2 || titles > 6;
                }).toList();
        assertThat(outOfRange).as("role x language title lists outside 2..6").isEmpty();
    }

    @Test
    void everyHandWrittenSourceIsCitedBySomething() {
        // Generated O*NET rows (ids from 1000) are reference data; a hand-written source no text cites is a leftover.
        assertThat(jdbc.queryForList("""
                select s.source_key from source s where s.id < 1000 and s.id not in (
                    select source_id from role_point union select source_id from role_title
                    union select source_id from role_fact union select source_id from occupation_code
                    union select source_id from role_link union select source_id from comparison_point
                    union select source_id from faq_source union select source_id from metric)
                order by s.source_key
                """, String.class)).as("sources that no point, title, fact, code, link, FAQ answer or metric cites").isEmpty();
    }

    @Test
    void englishTextsUseAmericanSpelling() {
        // Names keep their own spelling: the publication Call Centre Helper is cited by name.
        String text = "replace(lower(body), 'call centre helper', '')";
        assertThat(jdbc.queryForList("select place from (" + READER_TEXTS + ") t where locale = 'en' and ("
                + text + " like '%centre%' or " + text + " like '%enquir%' or " + text + " like '%e-mail%'"
                + " or " + text + " like '%organis%' or " + text + " like '%behaviour%')", String.class))
                .as("English texts with British spelling (write center, inquiry, email, organize, behavior)").isEmpty();
    }

    @Test
    void chineseTextsCallStakeholdersXiangGuanFang() {
        assertThat(jdbc.queryForList("select place from (" + READER_TEXTS + ") t where locale = 'zh-CN' and ("
                + "body like '%干系人%' or body like '%利益相关%')", String.class))
                .as("Chinese texts that call stakeholders anything but 相关方").isEmpty();
    }

    @Test
    void everyRoleSlugIsUrlSafeAndHasNoPairSeparator() {
        assertThat(jdbc.queryForList("select slug from role", String.class))
                .allSatisfy(slug -> assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*").doesNotContain("-vs-"));
    }
}
