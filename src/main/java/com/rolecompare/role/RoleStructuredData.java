package com.rolecompare.role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.rolecompare.onet.Occupations;
import com.rolecompare.onet.Rating;
import com.rolecompare.onet.SkillView;
import com.rolecompare.onet.Transition;
import com.rolecompare.web.SiteProperties;
import com.rolecompare.web.StructuredData;

/**
 * A role page's schema.org {@code Occupation}: its codes, the titles people use, the skills O*NET rates important
 * for it and its most common education. No salary: the catalog holds no sourced pay figure per role in a form that
 * would fit {@code estimatedSalary}.
 */
@Component
class RoleStructuredData {

    private final SiteProperties site;
    private final MessageSource messages;

    RoleStructuredData(SiteProperties site, MessageSource messages) {
        this.site = site;
        this.messages = messages;
    }

    StructuredData occupation(RoleView role, Occupations.Catalog onet, String tag) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Occupation");
        data.put("name", role.name());
        data.put("description", role.description());
        data.put("url", site.origin() + "/roles/" + role.slug() + "?lang=" + tag);
        data.put("inLanguage", tag);
        if (!role.titles().isEmpty()) {
            data.put("alternateName", role.titles().stream().map(RoleView.TitleView::title).toList());
        }
        List<Map<String, Object>> codes = new ArrayList<>();
        if (role.onet().occupation() != null) {
            codes.add(code(role.onet().occupation().code(), role.onet().occupation().title(), "O*NET-SOC 2019"));
        }
        role.codes().forEach(c -> codes.add(code(c.code(), c.title(), c.scheme().equals("isco-08") ? "ISCO-08"
                : "中华人民共和国职业分类大典")));
        if (!codes.isEmpty()) {
            data.put("occupationalCategory", codes);
        }
        if (role.onet().ratings() != null) {
            Map<Long, Rating> ratings = onet.ratings(role.onet().ratings().code());
            List<String> skills = onet.skills(tag).stream()
                    .filter(s -> ratings.containsKey(s.id()) && ratings.get(s.id()).importance() >= Transition.IMPORTANT)
                    .map(SkillView::name).toList();
            if (!skills.isEmpty()) {
                data.put("skills", skills);
            }
        }
        if (role.onet().occupation() != null && role.onet().occupation().educationLevel() != null) {
            data.put("educationRequirements", Map.of("@type", "EducationalOccupationalCredential",
                    "credentialCategory", messages.getMessage("education." + role.onet().occupation().educationLevel(),
                            null, Locale.forLanguageTag(tag))));
        }
        return StructuredData.script(data);
    }

    private static Map<String, Object> code(String value, String name, String set) {
        return Map.of("@type", "CategoryCode", "codeValue", value, "name", name,
                "inCodeSet", Map.of("@type", "CategoryCodeSet", "name", set));
    }
}
