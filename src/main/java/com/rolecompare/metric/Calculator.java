package com.rolecompare.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The glossary's calculators. Inputs are counts, times or amounts: numbers of at most {@value #MAX_LENGTH}
 * characters, zero or more, below {@link #MAX_VALUE}. A share is part / whole x 100, a difference a - b, a ratio
 * a / b, a per (x1 + ... + x(n-1)) / count. Results print rounded half up to one decimal (shares) or two (the rest),
 * trailing zeros dropped, an ASCII minus, no grouping: 80, 85.6, 1.25, -2000.
 */
public final class Calculator {

    static final int MAX_LENGTH = 30;
    static final BigDecimal MAX_VALUE = new BigDecimal("1e15");

    public enum Kind {
        SHARE(2), DIFFERENCE(2), RATIO(2), PER(-1);

        private final int inputs;

        Kind(int inputs) {
            this.inputs = inputs;
        }

        static Kind of(String name) {
            return name == null ? null : valueOf(name.toUpperCase(Locale.ROOT));
        }

        /** How many inputs the kind takes, given the metric's labels (a per takes as many as it labels). */
        int inputs(int labels) {
            return inputs < 0 ? labels : inputs;
        }
    }

    /** Either a result or, per input (0-based), the message key of what is wrong with it. */
    public record Outcome(BigDecimal value, Map<Integer, String> errors) {

        public boolean ok() {
            return errors.isEmpty() && value != null;
        }

        public String error(int input) {
            return errors.get(input);
        }
    }

    private Calculator() {
    }

    /** @param raw the inputs as sent, in order (null for a missing one) */
    public static Outcome compute(Kind kind, List<String> raw) {
        Map<Integer, String> errors = new LinkedHashMap<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i) == null ? "" : raw.get(i).trim();
            BigDecimal value = null;
            if (text.isEmpty()) {
                errors.put(i, "calculator.error.required");
            } else if (text.length() > MAX_LENGTH) {
                errors.put(i, "calculator.error.tooLong");
            } else {
                try {
                    value = new BigDecimal(text);
                } catch (NumberFormatException notANumber) {
                    errors.put(i, "calculator.error.number");
                }
                if (value != null && value.signum() < 0) {
                    errors.put(i, "calculator.error.negative");
                } else if (value != null && value.abs().compareTo(MAX_VALUE) >= 0) {
                    errors.put(i, "calculator.error.tooLarge");
                }
            }
            values.add(value);
        }
        int last = raw.size() - 1;
        boolean dividesByLast = kind == Kind.SHARE || kind == Kind.RATIO || kind == Kind.PER;
        if (dividesByLast && !errors.containsKey(last) && values.get(last) != null && values.get(last).signum() == 0) {
            errors.put(last, "calculator.error.zero");
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, Map.copyOf(errors));
        }
        BigDecimal result = switch (kind) {
            case SHARE -> values.get(0).multiply(BigDecimal.valueOf(100)).divide(values.get(1), 10, RoundingMode.HALF_UP);
            case DIFFERENCE -> values.get(0).subtract(values.get(1));
            case RATIO -> values.get(0).divide(values.get(1), 10, RoundingMode.HALF_UP);
            case PER -> values.subList(0, last).stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(values.get(last), 10, RoundingMode.HALF_UP);
        };
        return new Outcome(result, Map.of());
    }

    /** A result as pages print it. */
    public static String format(Kind kind, BigDecimal value) {
        BigDecimal rounded = value.setScale(kind == Kind.SHARE ? 1 : 2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0, RoundingMode.UNNECESSARY);
        }
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
