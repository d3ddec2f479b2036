package com.rolecompare.onet;

/** A skill's importance (1-5) and level (0-7) for one occupation. */
public record Rating(double importance, double level) {
}
