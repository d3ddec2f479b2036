package com.rolecompare.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** Puts {@link ReaderErrorValve} in place of Tomcat's own error report on the host. */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ErrorPages pages;
    private final ReaderLanguages languages;
    private final ProblemDetails problems;

    TomcatErrorPages(ErrorPages pages, ReaderLanguages languages, ProblemDetails problems) {
        this.pages = pages;
        this.languages = languages;
        this.problems = problems;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ReaderErrorValve.class.getName());
                host.getPipeline().addValve(new ReaderErrorValve(pages, languages, problems));
            }
        });
    }
}
