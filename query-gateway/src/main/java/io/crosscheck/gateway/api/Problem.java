package io.crosscheck.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail.
 *
 * @param field the request part at fault (a JSON field, query parameter or item index), when known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String field) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
