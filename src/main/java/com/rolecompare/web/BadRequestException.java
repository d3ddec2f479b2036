package com.rolecompare.web;

/** A request a reader can fix: answered with the 400 page in the reader's language. */
public class BadRequestException extends RuntimeException {

    private final String reasonKey;

    private BadRequestException(String reasonKey) {
        super(reasonKey);
        this.reasonKey = reasonKey;
    }

    public static BadRequestException unknownDimension() {
        return new BadRequestException("error.badRequest.unknownDimension");
    }

    public static BadRequestException tooManyDimensions() {
        return new BadRequestException("error.badRequest.tooManyDimensions");
    }

    public static BadRequestException sameRole() {
        return new BadRequestException("error.badRequest.sameRole");
    }

    public static BadRequestException missingRoles() {
        return new BadRequestException("error.badRequest.missingRoles");
    }

    public static BadRequestException malformed() {
        return new BadRequestException("error.badRequest.malformed");
    }

    /** Message key of the sentence that tells the reader what to fix. */
    public String reasonKey() {
        return reasonKey;
    }
}
