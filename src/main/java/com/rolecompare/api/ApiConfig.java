package com.rolecompare.api;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.rolecompare.content.Languages;
import com.rolecompare.web.PageCache;
import com.rolecompare.web.ReaderLanguage;
import com.rolecompare.web.SiteProperties;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's plumbing: its answers served through {@link ApiAnswerHandler}, and its OpenAPI 3.1 description (springdoc
 * reads the controllers and records of this package; this adds what every operation shares: the language, the 304,
 * the problem details, and the public address as the only server).
 */
@Configuration(proxyBeanMethods = false)
class ApiConfig implements WebMvcConfigurer {

    static {
        // springdoc's settings are global: it describes the record inside an ApiAnswer, not the language argument
        // (documented below), and these controllers although they are plain @Controllers (see ApiAnswerHandler).
        SpringDocUtils.getConfig().addResponseWrapperToIgnore(ApiAnswer.class)
                .addRequestWrapperToIgnore(ReaderLanguage.class)
                .addRestControllers(RolesApi.class, ComparisonsApi.class, GlossaryApi.class);
    }

    private static final String PROBLEM = "Problem";

    private final PageCache pages;
    private final JsonMapper json;

    ApiConfig(PageCache pages, JsonMapper json) {
        this.pages = pages;
        this.json = json;
    }

    @Override
    public void addReturnValueHandlers(List<HandlerMethodReturnValueHandler> handlers) {
        handlers.add(new ApiAnswerHandler(pages, json));
    }

    @Bean
    OpenAPI rolecompareOpenApi(SiteProperties site) {
        Schema<?> problem = new ObjectSchema()
                .description("An error, as RFC 9457 problem details (`type` is left out: about:blank, the status says the "
                        + "kind); `title` and `detail` are in the reader's language.")
                .addProperty("title", new StringSchema().description("The status in words."))
                .addProperty("status", new IntegerSchema().description("The HTTP status."))
                .addProperty("detail", new StringSchema().description("What went wrong and what to do instead."))
                .addProperty("instance", new StringSchema().description("The path that was asked for."))
                .addProperty("code", new StringSchema().description("Stable name of the reason, when there is one, "
                        + "such as notFound.role, notFound.pair, notFound.metric, badRequest.sameRole, "
                        + "badRequest.unknownDimension, badRequest.tooManyDimensions or badRequest.malformed."));
        return new OpenAPI()
                .info(new Info().title("RoleCompare API").version("v1")
                        .description("Read-only open data of RoleCompare (岗位对比): roles, dimensions, any two roles "
                                + "side by side, questions and answers, and the glossary of performance metrics, in "
                                + "Chinese (zh-CN) or English (en). Field names are stable within v1. Every answer has a "
                                + "strong ETag and `Cache-Control: no-cache`: send `If-None-Match` to get 304 while "
                                + "nothing changed. Content is credited to its sources in every answer (`sources`).")
                        .license(new License().name("Content: see each source; O*NET 29.3 under CC BY 4.0")))
                .servers(List.of(new Server().url(site.origin()).description("The site")))
                .components(new Components().addSchemas(PROBLEM, problem));
    }

    /** What every operation of the API shares: how to choose the language, the 304, and its problem details. */
    @Bean
    OperationCustomizer rolecompareOperations(Languages languages) {
        return (operation, handler) -> {
            operation.addParametersItem(new QueryParameter().name("lang")
                    .description("The language of the answer; without it, the `lang` cookie, then Accept-Language, "
                            + "then zh-CN.")
                    .schema(new StringSchema()._enum(languages.tags())));
            operation.addParametersItem(new HeaderParameter().name("Accept-Language")
                    .description("Used when there is no `lang` parameter (nor cookie).")
                    .schema(new StringSchema().example("en")));
            operation.addParametersItem(new HeaderParameter().name("If-None-Match")
                    .description("An ETag this address gave: 304 while the answer is unchanged.")
                    .schema(new StringSchema()));
            operation.getResponses().addApiResponse("304", new ApiResponse()
                    .description("Unchanged since the ETag sent in If-None-Match."));
            problem(operation.getResponses(), "400", "The filter or a parameter is not right (for instance an unknown "
                    + "dimension, or the same role twice).");
            problem(operation.getResponses(), "404", "No such role, pair or metric.");
            problem(operation.getResponses(), "406", "The client accepts none of the types this address answers in.");
            ApiResponse ok = operation.getResponses().get("200");
            if (ok != null) {
                ok.addHeaderObject("ETag", new Header().description("The answer's strong validator.")
                        .schema(new StringSchema()));
            }
            return operation;
        };
    }

    private static void problem(io.swagger.v3.oas.models.responses.ApiResponses responses, String status,
            String description) {
        responses.addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }
}
