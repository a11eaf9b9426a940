package io.crosscheck.gateway.api;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API-key schemes in the OpenAPI document, so that Swagger UI's "Authorize" sends a key: either scheme does, and
 * no key at all does on a gateway without configured keys (the empty requirement set).
 */
@OpenAPIDefinition(info = @Info(title = "Crosscheck query gateway", version = "v1"),
        components = @Components(securitySchemes = {
                @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
                        apiKeyName = "X-API-Key", description = "Needed only when the gateway has API keys configured"),
                @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                        description = "The same API key as a Bearer token")}),
        securitySets = {@SecurityRequirementsSet, @SecurityRequirementsSet(@SecurityRequirement(name = "apiKey")),
                @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))})
public final class ApiKeyOpenApi {
    private ApiKeyOpenApi() {
    }
}
