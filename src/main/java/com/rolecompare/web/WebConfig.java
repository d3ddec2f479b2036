package com.rolecompare.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.rolecompare.content.Languages;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final Languages languages;
    private final PageMetaFactory pageMeta;

    WebConfig(Languages languages, PageMetaFactory pageMeta) {
        this.languages = languages;
        this.pageMeta = pageMeta;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new ReaderLocaleResolver(languages);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageParameterInterceptor((ReaderLocaleResolver) localeResolver(), languages));
        registry.addInterceptor(new PageMetaInterceptor(pageMeta));
    }
}
