package com.rolecompare.metric;

import java.util.List;

import com.rolecompare.content.SourceView;

/**
 * A glossary entry in one language.
 *
 * @param calculator the calculator the entry offers, or null for a formula that takes no simple numbers
 * @param inputs the calculator's input labels, in order
 * @param exampleInputs the worked example's numbers, in input order (empty without a calculator)
 */
public record MetricView(String key, String family, int position, String name, String abbreviation,
        String definition, String formula, String example, String watchFor, String resultUnit,
        Calculator.Kind calculator, List<String> inputs, List<String> exampleInputs, SourceView source) {

    public String path() {
        return "/metrics/" + key;
    }

    public boolean hasCalculator() {
        return calculator != null && !inputs.isEmpty();
    }

    /** The name with its abbreviation, as a heading shows it. */
    public String title() {
        return abbreviation == null || abbreviation.isBlank() ? name : name + " (" + abbreviation + ")";
    }
}
