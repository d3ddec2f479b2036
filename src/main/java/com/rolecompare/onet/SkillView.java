package com.rolecompare.onet;

/** One of the 35 O*NET skills in one language, with its mean importance over every rated occupation. */
public record SkillView(long id, String elementId, int position, String name, double meanImportance) {
}
