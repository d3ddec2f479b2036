package com.rolecompare.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/** The whole site on a random port, read over real HTTP as a browser would; its public address is {@link Site#PUBLIC_ORIGIN}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "rolecompare.public-url=" + Site.PUBLIC_ORIGIN)
public @interface SiteTest {
}
