package org.councilfeedback.triage.web;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The body of {@code POST /api/v1/triage}. */
record TriageRequest(
        @Schema(description = "The message, as received", minLength = 1, maxLength = 10_000, requiredMode = Schema.RequiredMode.REQUIRED,
                example = "There's a massive pothole on Ely Road in the cycle lane, someone will come off their bike.")
        @JsonDeserialize(using = OnlyText.class)
        String text) {

    /** Takes a JSON string only: a number, boolean, array or object is an error, not text. */
    static final class OnlyText extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return parser.getString();
            }
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
    }
}
