package vn.haugiang.newsroom.publisher.access;

import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stateless bearer-token security (OAuth 2.0 resource server), validated as cms-api validates:
 * HS256 with {@code newsroom.access.jwt-secret} in the local profile, the OIDC provider's keys
 * ({@code issuer-uri}) in production. Roles come from the token's {@code role} claim as
 * {@code ROLE_<name>}.
 *
 * <ul>
 * <li>Open: {@code /actuator/health/**}, {@code /actuator/info}, the OpenAPI document
 * ({@code /v3/api-docs/**}) and Swagger UI ({@code /swagger-ui.html}, {@code /swagger-ui/**}), as in cms-api.</li>
 * <li>Operate (run and restart the job, retry and cancel deliveries): SYSTEM_ADMIN, UNIT_ADMIN.</li>
 * <li>Read (deliveries, runs): those two and EDITOR, EDITOR_IN_CHIEF, PRODUCER, ANALYST.</li>
 * <li>Channels and their credentials: SYSTEM_ADMIN, UNIT_ADMIN. Broadcast schedule run: those two and
 * PRODUCER.</li>
 * <li>Social text variants: read by the unit's writers (REPORTER, PRODUCER and up), edited by EDITOR,
 * EDITOR_IN_CHIEF, UNIT_ADMIN, SYSTEM_ADMIN.</li>
 * <li>Anything else needs a token. 401 and 403 are problem+json.</li>
 * </ul>
 */
// Only a web application has requests to secure; a job run from the command line
// (spring.main.web-application-type=none, e.g. a full rebuild) starts without it.
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AccessProperties.class)
class SecurityConfiguration {

    private static final String[] OPERATORS = {"SYSTEM_ADMIN", "UNIT_ADMIN"};
    private static final String[] BROADCAST_OPERATORS = {"SYSTEM_ADMIN", "UNIT_ADMIN", "PRODUCER"};
    private static final String[] EDITORS = {"SYSTEM_ADMIN", "UNIT_ADMIN", "EDITOR", "EDITOR_IN_CHIEF"};
    private static final String[] WRITERS =
            {"SYSTEM_ADMIN", "UNIT_ADMIN", "EDITOR", "EDITOR_IN_CHIEF", "REPORTER", "PRODUCER"};
    private static final String[] READERS =
            {"SYSTEM_ADMIN", "UNIT_ADMIN", "EDITOR", "EDITOR_IN_CHIEF", "PRODUCER", "ANALYST"};

    @Bean
    SecurityFilterChain publisherSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        var problems = new ProblemResponses(json);
        var roles = new JwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(jwt -> jwt.getClaimAsString("role") == null ? List.of()
                : List.of(new SimpleGrantedAuthority("ROLE_" + jwt.getClaimAsString("role"))));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/publish/run", "/api/publish/runs/*/restart",
                                "/api/deliveries/*/retry", "/api/deliveries/*/cancel").hasAnyRole(OPERATORS)
                        .requestMatchers(HttpMethod.GET, "/api/deliveries", "/api/deliveries/*", "/api/publish/runs",
                                "/api/publish/runs/*").hasAnyRole(READERS)
                        .requestMatchers("/api/channels", "/api/channels/**").hasAnyRole(OPERATORS)
                        .requestMatchers(HttpMethod.POST, "/api/broadcast/run").hasAnyRole(BROADCAST_OPERATORS)
                        .requestMatchers(HttpMethod.GET, "/api/items/*/social-text/*").hasAnyRole(WRITERS)
                        .requestMatchers(HttpMethod.PUT, "/api/items/*/social-text/*").hasAnyRole(EDITORS)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roles))
                        .authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // Bearer tokens, no cookies: nothing for CSRF to ride on.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** The local profile's tokens: cms-api signs them with the same secret. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty("newsroom.access.local-tokens")
    // Nested configurations are not covered by the enclosing class's condition.
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class LocalTokens {

        @Bean
        JwtDecoder localJwtDecoder(AccessProperties properties) {
            String secret = properties.jwtSecret();
            if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
                throw new IllegalStateException(
                        "newsroom.access.jwt-secret (CMS_JWT_SECRET) must be at least 32 bytes for HS256");
            }
            return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                    .macAlgorithm(MacAlgorithm.HS256).build();
        }
    }
}
