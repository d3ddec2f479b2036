package com.rolecompare.content;

/**
 * {@link ContentMigrationsTest}'s checks, open to other packages: a subclass that points the context at
 * another database (see com.rolecompare.postgres) runs every one of them there.
 */
public abstract class ContentMigrationsOnAnyDatabase extends ContentMigrationsTest {
}
