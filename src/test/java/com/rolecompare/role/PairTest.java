package com.rolecompare.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PairTest {

    private static final Set<String> ROLES = Set.of("call-center-agent", "project-manager", "vs-coach", "a-vs-b");

    @Test
    void canonicalOrderIsAlphabetical() {
        Pair pair = Pair.of("project-manager", "call-center-agent");
        assertThat(pair.first()).isEqualTo("call-center-agent");
        assertThat(pair.second()).isEqualTo("project-manager");
        assertThat(pair.reversed()).isTrue();
        assertThat(pair.path()).isEqualTo("/compare/call-center-agent-vs-project-manager");
    }

    @Test
    void parsesSlugsThatContainHyphens() {
        assertThat(Pair.parse("call-center-agent-vs-project-manager", ROLES::contains))
                .contains(new Pair("call-center-agent", "project-manager", false));
    }

    @Test
    void readsTheReversedOrderAsReversed() {
        assertThat(Pair.parse("project-manager-vs-call-center-agent", ROLES::contains))
                .contains(new Pair("call-center-agent", "project-manager", true));
    }

    @Test
    void findsTheSplitWhereBothSidesAreRoles() {
        assertThat(Pair.parse("a-vs-b-vs-vs-coach", ROLES::contains))
                .contains(new Pair("a-vs-b", "vs-coach", false));
    }

    @Test
    void unknownOrMalformedSegmentsAreEmpty() {
        assertThat(Pair.parse("call-center-agent-vs-astronaut", ROLES::contains)).isEmpty();
        assertThat(Pair.parse("call-center-agent", ROLES::contains)).isEmpty();
        assertThat(Pair.parse("-vs-project-manager", ROLES::contains)).isEmpty();
        assertThat(Pair.parse("x".repeat(10_000), ROLES::contains)).isEmpty();
        assertThat(Pair.parse(null, ROLES::contains)).isEmpty();
    }

    @Test
    void aRoleWithItselfIsRecognisedAsTheSame() {
        assertThat(Pair.parse("project-manager-vs-project-manager", ROLES::contains).orElseThrow().same()).isTrue();
    }
}
