package com.rolecompare.web;

/** Something a reader asked for does not exist: answered with the 404 page in the reader's language. */
public class NotFoundException extends RuntimeException {

    private final String reasonKey;

    private NotFoundException(String reasonKey, String what) {
        super(reasonKey + ": " + what);
        this.reasonKey = reasonKey;
    }

    public static NotFoundException role(String slug) {
        return new NotFoundException("error.notFound.role", slug);
    }

    public static NotFoundException dimension(String key) {
        return new NotFoundException("error.notFound.dimension", key);
    }

    public static NotFoundException metric(String key) {
        return new NotFoundException("error.notFound.metric", key);
    }

    public static NotFoundException preview(String name) {
        return new NotFoundException("error.404.reason", name);
    }

    public static NotFoundException pair(String pair) {
        return new NotFoundException("error.notFound.pair", pair);
    }

    /** Message key of the sentence that tells the reader what was not found. */
    public String reasonKey() {
        return reasonKey;
    }
}
