package com.rolecompare.onet;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.rolecompare.content.Content;
import com.rolecompare.content.ContentRow;
import com.rolecompare.content.Languages;
import com.rolecompare.content.SourceView;
import com.rolecompare.content.Sources;

/** The O*NET occupations, skills and ratings of a content snapshot. */
@Service
public class Occupations {

    /** The O*NET part of one content snapshot. */
    public static final class Catalog {

        private final Map<String, OccupationView> byCode;
        private final Map<String, List<SkillView>> skillsByTag;
        private final Map<String, Map<Long, Rating>> ratings;
        private final SourceView database;
        private final String defaultTag;

        private Catalog(Map<String, OccupationView> byCode, Map<String, List<SkillView>> skillsByTag,
                Map<String, Map<Long, Rating>> ratings, SourceView database, String defaultTag) {
            this.byCode = byCode;
            this.skillsByTag = skillsByTag;
            this.ratings = ratings;
            this.database = database;
            this.defaultTag = defaultTag;
        }

        public Optional<OccupationView> byCode(String code) {
            return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
        }

        /** The 35 skills in O*NET's order, named in a language. */
        public List<SkillView> skills(String tag) {
            return skillsByTag.getOrDefault(tag, skillsByTag.getOrDefault(defaultTag, List.of()));
        }

        /** An occupation's ratings by skill id; empty when it has none. */
        public Map<Long, Rating> ratings(String code) {
            return code == null ? Map.of() : ratings.getOrDefault(code, Map.of());
        }

        /** The O*NET 29.3 database as a source, credited wherever its figures are shown. */
        public SourceView database() {
            return database;
        }
    }

    private final Languages languages;

    Occupations(Languages languages) {
        this.languages = languages;
    }

    public Catalog in(Content content) {
        return content.derive(Catalog.class, this::build);
    }

    private Catalog build(Content content) {
        Sources sources = Sources.in(content);
        Map<String, OccupationView> byCode = new HashMap<>();
        for (ContentRow row : content.rows(OnetRows.OCCUPATION)) {
            byCode.put(row.s1(), new OccupationView(row.s1(), row.s2(), integer(row.b()), integer(row.c()), row.n1(),
                    row.d() == 1L, sources.byKey("onet-29.3-" + row.s1()).orElse(null)));
        }
        Map<Long, Map<String, String>> names = new HashMap<>();
        for (ContentRow row : content.rows(OnetRows.SKILL_NAME)) {
            names.computeIfAbsent(row.a(), id -> new HashMap<>()).put(row.locale(), row.s1());
        }
        List<ContentRow> skills = content.rows(OnetRows.SKILL).stream()
                .sorted(Comparator.comparingInt(ContentRow::position)).toList();
        Map<String, List<SkillView>> skillsByTag = new HashMap<>();
        for (String tag : languages.tags()) {
            skillsByTag.put(tag, skills.stream().map(s -> {
                Map<String, String> own = names.getOrDefault(s.a(), Map.of());
                return new SkillView(s.a(), s.s1(), s.position(), own.getOrDefault(tag, own.getOrDefault("en", s.s1())),
                        s.n1().doubleValue());
            }).toList());
        }
        Map<String, Map<Long, Rating>> ratings = new HashMap<>();
        for (ContentRow row : content.rows(OnetRows.RATING)) {
            ratings.computeIfAbsent(row.s1(), code -> new HashMap<>())
                    .put(row.a(), new Rating(row.n1().doubleValue(), row.n2().doubleValue()));
        }
        ratings.replaceAll((code, byskill) -> Map.copyOf(byskill));
        return new Catalog(Map.copyOf(byCode), Map.copyOf(skillsByTag), Map.copyOf(ratings),
                sources.byKey("onet-29.3").orElse(null), languages.defaultTag());
    }

    private static Integer integer(Long value) {
        return value == null ? null : value.intValue();
    }
}
