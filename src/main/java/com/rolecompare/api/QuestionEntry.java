package com.rolecompare.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import com.rolecompare.content.SourceView;
import com.rolecompare.faq.FaqView;

/** A question and its answer. */
@Schema(description = "A question and its answer, with what the answer rests on.")
public record QuestionEntry(
        @Schema(description = "Stable anchor of the question, the same in every language.") String anchor,
        @Schema(description = "The question.") String question,
        @Schema(description = "The answer.") String answer,
        @Schema(description = "Keys of the sources the answer rests on.") List<String> sourceKeys) {

    static QuestionEntry of(FaqView faq) {
        return new QuestionEntry(faq.anchor(), faq.question(), faq.answer(),
                faq.sources().stream().map(SourceView::key).toList());
    }
}
