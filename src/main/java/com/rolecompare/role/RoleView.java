package com.rolecompare.role;

import java.util.List;

import com.rolecompare.content.SourceView;
import com.rolecompare.onet.OccupationView;

/**
 * A role in one language.
 *
 * @param name the name as it starts a sentence or heads a page ("Project manager")
 * @param nameInText the name as it reads inside a sentence ("project manager"; "IT project manager" keeps its capitals)
 * @param onet the O*NET occupation behind its figures and the occupation whose skill ratings are shown
 * @param codes codes of other classifications (ISCO-08, China's), each with its source
 * @param sources every source the role's content cites, the role's own list first
 */
public record RoleView(long id, String slug, int position, FamilyView family, String name, String nameInText,
        String description, List<TitleView> titles, OnetView onet, List<OccupationCodeView> codes,
        List<FactView> facts, List<SourceView> sources) {

    /** A title people also use, with the source that uses it. */
    public record TitleView(String title, SourceView source) {
    }

    public record OccupationCodeView(String scheme, String code, String title, SourceView source) {
    }

    public record FactView(String text, SourceView source) {
    }

    /**
     * @param occupation the O*NET occupation whose figures describe the role, or null when there is none
     * @param nearest whether that occupation is only the nearest one (not the role itself)
     * @param ratings the rated occupation whose skill ratings are shown, or null when none is
     */
    public record OnetView(OccupationView occupation, boolean nearest, OccupationView ratings) {

        /** Whether another occupation's ratings stand in for the role's own. */
        public boolean standIn() {
            return ratings != null && (occupation == null || !ratings.code().equals(occupation.code()));
        }

        public boolean hasOccupation() {
            return occupation != null;
        }
    }

    /** Whether O*NET information is shown for this role (its credit must then be on the page). */
    public boolean usesOnet() {
        return onet.occupation() != null || onet.ratings() != null;
    }
}
