package com.rolecompare.onet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.rolecompare.content.ContentSnapshots;

/**
 * The site's similarity and skill gaps against figures computed independently (the site centres on means stored to
 * six decimals, the script on exact ones: the two agree to about 1e-6) from the O*NET 29.3 files with
 * {@code python3 bench/onet/similarity.py ../shared/onet-29.3 43-4051.00 15-1299.09 15-1299.09 43-4051.00
 * 43-4051.00 41-9041.00} (its output is quoted in each test).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class OnetFiguresTest {

    static final String AGENT = "43-4051.00";
    static final String IT_PROJECT_MANAGER = "15-1299.09";
    static final String TELEMARKETER = "41-9041.00";

    @Autowired
    Occupations occupations;
    @Autowired
    ContentSnapshots snapshots;

    Transition between(String from, String to) {
        Occupations.Catalog onet = occupations.in(snapshots.whole());
        return Transition.between(onet.ratings(from), onet.ratings(to), onet.skills("en"));
    }

    @Test
    void agentToItProjectManager() {
        // 43-4051.00 -> 15-1299.09 similarity 0.061130
        //   carry over: Active Listening; Service Orientation
        //   to build:   Management of Financial Resources +3.12; Management of Material Resources +3.12;
        //               Management of Personnel Resources +1.88; Systems Analysis +1.63; Systems Evaluation +1.63; ...
        //               (20 skills in all, the last Speaking +0.25)
        Transition move = between(AGENT, IT_PROJECT_MANAGER);

        assertThat(move.similarity()).isCloseTo(0.061130, within(0.000005));
        assertThat(move.band()).isEqualTo(Similarity.Band.FAR_APART);
        assertThat(move.carryOver()).extracting(SkillView::name).containsExactly("Active Listening", "Service Orientation");
        assertThat(move.toBuild()).hasSize(20);
        assertThat(move.toBuild().subList(0, 5)).extracting(g -> g.skill().name() + " +" + g.points())
                .containsExactly("Management of Financial Resources +3.12", "Management of Material Resources +3.12",
                        "Management of Personnel Resources +1.88", "Systems Analysis +1.63", "Systems Evaluation +1.63");
        assertThat(move.toBuild().get(19).skill().name()).isEqualTo("Speaking");
        assertThat(move.toBuild().get(19).points()).isEqualByComparingTo(new BigDecimal("0.25"));
    }

    @Test
    void itProjectManagerToAgentIsAnotherMove() {
        // 15-1299.09 -> 43-4051.00 similarity 0.061130
        //   carry over: Reading Comprehension; Active Listening; Writing; Speaking; Critical Thinking; Monitoring;
        //               Social Perceptiveness; Persuasion; Negotiation; Complex Problem Solving; Time Management
        //   to build:   Service Orientation +0.50
        Transition move = between(IT_PROJECT_MANAGER, AGENT);

        assertThat(move.similarity()).isCloseTo(0.061130, within(0.000005));
        assertThat(move.carryOver()).extracting(SkillView::name).containsExactly("Reading Comprehension",
                "Active Listening", "Writing", "Speaking", "Critical Thinking", "Monitoring", "Social Perceptiveness",
                "Persuasion", "Negotiation", "Complex Problem Solving", "Time Management");
        assertThat(move.toBuild()).extracting(g -> g.skill().name() + " +" + g.points())
                .containsExactly("Service Orientation +0.50");
    }

    @Test
    void agentToTelemarketerIsClose() {
        // 43-4051.00 -> 41-9041.00 similarity 0.805432
        //   carry over: Active Listening; Speaking; Critical Thinking; Social Perceptiveness; Negotiation; Service Orientation
        //   to build:   Persuasion +0.62; Reading Comprehension +0.13
        Transition move = between(AGENT, TELEMARKETER);

        assertThat(move.similarity()).isCloseTo(0.805432, within(0.000005));
        assertThat(move.band()).isEqualTo(Similarity.Band.CLOSE);
        assertThat(move.carryOver()).extracting(SkillView::name).containsExactly("Active Listening", "Speaking",
                "Critical Thinking", "Social Perceptiveness", "Negotiation", "Service Orientation");
        assertThat(move.toBuild()).extracting(g -> g.skill().name() + " +" + g.points())
                .containsExactly("Persuasion +0.62", "Reading Comprehension +0.13");
    }

    @Test
    void similarityEdgeCases() {
        Occupations.Catalog onet = occupations.in(snapshots.whole());
        List<SkillView> skills = onet.skills("en");
        assertThat(Similarity.of(onet.ratings(AGENT), onet.ratings(AGENT), skills).getAsDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(Similarity.of(onet.ratings(AGENT), java.util.Map.of(), skills)).isEmpty();
        assertThat(Transition.between(onet.ratings("13-1082.00"), onet.ratings(AGENT), skills)).as("unrated").isNull();
        assertThat(Similarity.band(0.60)).isEqualTo(Similarity.Band.CLOSE);
        assertThat(Similarity.band(0.5999)).isEqualTo(Similarity.Band.SOME_OVERLAP);
        assertThat(Similarity.band(0.25)).isEqualTo(Similarity.Band.SOME_OVERLAP);
        assertThat(Similarity.band(0.2499)).isEqualTo(Similarity.Band.FAR_APART);
        assertThat(Similarity.band(-1)).isEqualTo(Similarity.Band.FAR_APART);
    }

    @Test
    void theStoredMeansAreOverEveryRatedOccupation() {
        // Mean importance of Reading Comprehension (2.A.1.a) over the 879 rated occupations of Skills.txt: 3.47687...
        SkillView reading = occupations.in(snapshots.whole()).skills("en").get(0);
        assertThat(reading.elementId()).isEqualTo("2.A.1.a");
        assertThat(reading.meanImportance()).isCloseTo(3.4769, within(0.00005));
    }
}
