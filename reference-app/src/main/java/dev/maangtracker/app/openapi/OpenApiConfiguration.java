package dev.maangtracker.app.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI document ({@code /v3/api-docs}, UI at {@code /swagger-ui.html}): every
 * operation requires the {@value #BEARER} scheme unless it declares otherwise (the sign-in
 * endpoints do).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** Name of the JWT bearer security scheme. */
    public static final String BEARER = "bearer-jwt";

    /** The document's info and security scheme. */
    @Bean
    public OpenAPI maangOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Maang Tracker API").version("v1")
                        .description("Interview preparation: mock interviews, memory, progress. Errors are "
                                + "RFC 9457 application/problem+json."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("The accessToken from POST /api/v1/auth/login or /refresh")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
