package com.rolecompare.faq;

import java.util.List;

import com.rolecompare.content.SourceView;

/** A question and its answer in one language, and what the answer rests on; the anchor is the same in every language. */
public record FaqView(String anchor, String question, String answer, List<SourceView> sources) {
}
