package com.rolecompare.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test that reads the running site over HTTP: the port Spring chose and a reader's client for it. */
public abstract class SiteTestCase {

    @LocalServerPort
    protected int port;

    protected Site site;

    @BeforeEach
    void openSite() {
        site = new Site(port);
    }
}
