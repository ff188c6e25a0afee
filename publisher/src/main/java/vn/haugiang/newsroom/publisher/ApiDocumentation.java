package vn.haugiang.newsroom.publisher;

import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The publisher's OpenAPI 3.1 document (springdoc, as cms-api's): {@code GET /v3/api-docs} (JSON),
 * {@code /v3/api-docs.yaml}, Swagger UI at {@code /swagger-ui.html}; all three open, the API itself
 * needs a bearer token (package {@code access}).
 *
 * <p>Each capability's controller names its tag ({@code deliveries}, {@code publish runs},
 * {@code channels}, {@code social text}, {@code broadcast}) and the errors its operations answer
 * ({@code @ApiResponse} with a code and a description), and then its 200 too
 * ({@code useReturnTypeSchema}): springdoc infers the 200 only of an operation that declares no
 * response. This document adds what is true of every operation: the bearer scheme
 * {@value #BEARER}, 401 and 403 from the security filters, and the RFC 9457 body of every 4xx and
 * 5xx, {@code application/problem+json} with schema {@value #PROBLEM}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI publisherOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Newsroom publisher API").version("v1").description("""
                        Runs and inspects the publishing pipeline: the publish job and its runs, deliveries \
                        (item version × output channel), social channels and their credentials, social text \
                        variants and broadcast schedule runs. Errors are RFC 9457 problem+json with `field` \
                        for the input at fault. A caller within a unit (token claim `unit`) sees and acts on \
                        their unit's channels, deliveries and runs; SYSTEM_ADMIN and ANALYST on every unit's."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("A token from cms-api's POST /api/auth/token (local profile) or the "
                                        + "OIDC provider (prod); claims `role` and `unit`.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * 401 and 403 on every operation, and a problem+json body on every error response. The schema is
     * added here, with its first reference: springdoc drops the schemas nothing refers to before the
     * customizers run.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                ApiResponses responses =
                        operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                responses.computeIfAbsent("401", code -> new ApiResponse()
                        .description("No token, or an invalid or expired one."));
                responses.computeIfAbsent("403", code -> new ApiResponse()
                        .description("The token's role may not call this."));
                responses.forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        response.setContent(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new io.swagger.v3.oas.models.media.MediaType()
                                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
                    }
                });
                operation.setResponses(responses);
            }));
        };
    }

    // RFC 9457 members as Spring's ProblemDetail writes them, plus the publisher's own `field` (Problems).
    private static Schema<?> problemSchema() {
        return typed("object")
                .description("RFC 9457 problem details. Some carry more members, e.g. `currentStatus` (a run), "
                        + "`currentState` (a delivery).")
                .addProperty("type", typed("string").format("uri").description("Problem type; about:blank by default"))
                .addProperty("title", typed("string").description("Short summary, e.g. \"Run not found\""))
                .addProperty("status", typed("integer").format("int32").description("The HTTP status code"))
                .addProperty("detail", typed("string").description("What went wrong and what to do"))
                .addProperty("instance", typed("string").format("uri").description("The request path"))
                .addProperty("field", typed("string")
                        .description("The request input at fault (query parameter, path variable or body "
                                + "member); absent when none is"))
                .additionalProperties(Boolean.TRUE);
    }

    // OpenAPI 3.1 reads `types`, 3.0 `type`: set both so the schema keeps its type whichever is written.
    private static Schema<Object> typed(String type) {
        return new Schema<>().type(type).types(Set.of(type));
    }
}
