package com.rolecompare.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

import com.rolecompare.content.Languages;

/**
 * Renders a template to bytes with Spring Boot's Thymeleaf engine, outside any request: pages depend on their
 * model and language only (never on the request), which is what lets them be rendered once and served many
 * times, and lets the container's own error answers use the same templates.
 */
@Component
public class Templates {

    private final ITemplateEngine engine;
    private final SiteProperties site;
    private final Languages languages;

    Templates(ITemplateEngine engine, SiteProperties site, Languages languages) {
        this.engine = engine;
        this.site = site;
        this.languages = languages;
    }

    /** The page's HTML: the model plus {@code page}, its canonical and per-language addresses. */
    public byte[] render(String view, Map<String, Object> model, PageKey key) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("page", PageMeta.of(site.origin(), languages.tags(), key));
        Context context = new Context(java.util.Locale.forLanguageTag(key.lang()), variables);
        return engine.process(view, context).getBytes(StandardCharsets.UTF_8);
    }

    /** Links such as {@code @{/faq}} are site-absolute paths; the site is served at the root. */
    static final class RootLinkBuilder extends StandardLinkBuilder {

        @Override
        protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
            return context instanceof IWebContext ? super.computeContextPath(context, base, parameters) : "";
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class LinkBuilderConfiguration {

        @Bean
        static BeanPostProcessor rootLinkBuilder() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String beanName) {
                    if (bean instanceof SpringTemplateEngine engine) {
                        engine.setLinkBuilder(new RootLinkBuilder());
                    }
                    return bean;
                }
            };
        }
    }
}
