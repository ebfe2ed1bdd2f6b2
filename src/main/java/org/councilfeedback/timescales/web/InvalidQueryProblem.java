package org.councilfeedback.timescales.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;

/** An RFC 9457 problem for a request whose query parameters are invalid, with one entry per invalid parameter. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(name = "ValidationProblem", description = "RFC 9457 problem details with the invalid fields")
record InvalidQueryProblem(
        @Schema(example = "about:blank") URI type,
        @Schema(example = "Bad Request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "The number of working days to add must be between 0 and 400") String detail,
        @Schema(example = "/api/v1/calendar/working-days") String instance,
        List<FieldError> errors) {

    /** One invalid parameter and what to do about it. */
    @JsonPropertyOrder({"field", "message"})
    @Schema(name = "FieldError")
    record FieldError(@Schema(example = "add") String field,
            @Schema(example = "The number of working days to add must be between 0 and 400") String message) {
    }
}
