package com.rolecompare.comparison;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.rolecompare.web.BadRequestException;

/**
 * The dimensions a reader chose, from repeated {@code dimension} parameters.
 * Normalisation (documented in the README): no value, or only empty values, means every dimension;
 * empty values are ignored; repeats count once; order is ignored (rows follow dimension order);
 * choosing every dimension is the same as choosing none. An unknown key, a value longer than
 * {@value #MAX_VALUE_LENGTH} characters or more than {@value #MAX_VALUES} values is a 400.
 */
public record DimensionFilter(Set<String> keys) {

    static final int MAX_VALUES = 24;
    static final int MAX_VALUE_LENGTH = 40;

    public static final DimensionFilter ALL = new DimensionFilter(Set.of());

    public DimensionFilter {
        keys = Set.copyOf(keys);
    }

    /**
     * @param raw the parameter values as sent, or null
     * @param known every dimension key, in display order
     */
    public static DimensionFilter parse(List<String> raw, List<String> known) {
        if (raw == null || raw.isEmpty()) {
            return ALL;
        }
        if (raw.size() > MAX_VALUES) {
            throw BadRequestException.tooManyDimensions();
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String value : raw) {
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (value.length() > MAX_VALUE_LENGTH || !known.contains(value)) {
                throw BadRequestException.unknownDimension();
            }
            chosen.add(value);
        }
        return chosen.size() == known.size() ? ALL : new DimensionFilter(chosen);
    }

    public boolean isAll() {
        return keys.isEmpty();
    }

    public boolean includes(String key) {
        return keys.isEmpty() || keys.contains(key);
    }

    /** The chosen keys in display order: the canonical form of this filter. */
    public List<String> ordered(List<String> known) {
        return isAll() ? known : known.stream().filter(keys::contains).toList();
    }
}
