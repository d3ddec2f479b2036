package com.rolecompare.faq;

/** A question and its answer in one language; the anchor is the same in every language. */
public record FaqView(String anchor, String question, String answer) {
}
