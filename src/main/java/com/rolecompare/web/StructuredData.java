package com.rolecompare.web;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON-LD for a page's {@code <script type="application/ld+json">}: serialized with Jackson, then made safe inside
 * a script element (no {@code <}, {@code >} or {@code &} can close it or start markup; line separators escaped).
 * A data block is not executed, so the Content-Security-Policy has nothing to allow.
 */
public final class StructuredData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String json;

    private StructuredData(String json) {
        this.json = json;
    }

    /**
     * The only way to make one, and the only kind of value a template writes unescaped ({@code th:utext}): whatever an
     * editor or a reader wrote passes through Jackson and the escaping here first.
     */
    public static StructuredData script(Map<String, ?> data) {
        return new StructuredData(JSON.writeValueAsString(data)
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"));
    }

    /** The escaped JSON, as it goes between the script element's tags. */
    @Override
    public String toString() {
        return json;
    }
}
