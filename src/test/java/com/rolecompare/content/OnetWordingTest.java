package com.rolecompare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Our English is our own: no point, fact or description repeats a run of eight or more words of an O*NET task
 * statement. Checked against the O*NET 29.3 files next to the project ({@code ../shared/onet-29.3}, or the folder
 * named by {@code ROLECOMPARE_ONET_DIR}); skipped with a message where they are not present.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class OnetWordingTest {

    static final int RUN = 8;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noEnglishTextRepeatsEightWordsOfAnOnetTask() throws IOException {
        Path tasks = onetFolder().resolve("Task Statements.txt");
        Assumptions.assumeTrue(Files.isReadable(tasks),
                "O*NET task statements not found at " + tasks.toAbsolutePath() + ": wording check skipped");
        Set<String> runs = new HashSet<>();
        for (String line : Files.readAllLines(tasks, StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t");
            if (columns.length > 3) {
                runs.addAll(runs(columns[3]));
            }
        }
        List<String> copied = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("""
                select 'role_point ' || id as place, coalesce(headline, '') || ' | ' || coalesce(detail, '') as body
                  from role_point where locale = 'en'
                union all select 'role_text ' || role_id, description from role_text where locale = 'en'
                union all select 'role_fact ' || fact_id, body from role_fact_text where locale = 'en'
                union all select 'comparison_point ' || id, coalesce(headline, '') || ' | ' || coalesce(detail, '')
                  from comparison_point where locale = 'en'
                union all select 'faq ' || faq_id, answer from faq_text where locale = 'en'
                """)) {
            for (String run : runs(String.valueOf(row.get("body")))) {
                if (runs.contains(run)) {
                    copied.add(row.get("place") + ": \"" + run + "\"");
                }
            }
        }
        assertThat(copied).as("English texts that repeat %d words of an O*NET task", RUN).isEmpty();
    }

    static Path onetFolder() {
        String configured = System.getenv("ROLECOMPARE_ONET_DIR");
        return configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "shared", "onet-29.3");
    }

    /** Every run of {@value #RUN} consecutive words, lower-cased, punctuation dropped. */
    static List<String> runs(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]+", " ").trim().split("\\s+");
        List<String> runs = new ArrayList<>();
        for (int i = 0; i + RUN <= words.length; i++) {
            runs.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + RUN)));
        }
        return runs;
    }
}
