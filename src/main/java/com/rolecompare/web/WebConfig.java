package com.rolecompare.web;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.rolecompare.content.Languages;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final Languages languages;
    private final Assets assets;

    WebConfig(Languages languages, Assets assets) {
        this.languages = languages;
        this.assets = assets;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new ReaderLocaleResolver(languages);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageParameterInterceptor((ReaderLocaleResolver) localeResolver(), languages));
    }

    /** Fingerprinted static files: kept by browsers for a year, since new content gets a new address. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(Assets.PREFIX + "*/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(false)
                .addResolver(new FingerprintedResourceResolver(assets));
    }
}
