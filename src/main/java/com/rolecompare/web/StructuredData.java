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

    private StructuredData() {
    }

    public static String script(Map<String, ?> data) {
        return JSON.writeValueAsString(data)
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
