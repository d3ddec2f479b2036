package com.rolecompare.dimension;

/** A dimension of comparison in one language. */
public record DimensionView(long id, String key, int position, String name, String explanation) {
}
