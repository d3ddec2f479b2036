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

    WebConfig(Languages languages) {
        this.languages = languages;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new ReaderLocaleResolver(languages);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageParameterInterceptor((ReaderLocaleResolver) localeResolver(), languages));
    }
}
