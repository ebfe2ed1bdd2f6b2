package org.councilfeedback.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.councilfeedback.intake.FeedbackType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The labelled messages bundled with the application ({@code triage/dev.jsonl}, one JSON object a line). */
final class Corpus {

    static final String BUNDLED = "/triage/dev.jsonl";

    private Corpus() {
    }

    static List<LabelledExample> bundled() {
        try (InputStream in = Corpus.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Triage corpus missing: " + BUNDLED);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LabelledExample> read(InputStream jsonLines) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<LabelledExample> examples = new ArrayList<>();
        var reader = new BufferedReader(new InputStreamReader(jsonLines, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            examples.add(new LabelledExample(
                    row.path("id").asString(),
                    row.path("text").asString(),
                    FeedbackType.valueOf(row.path("type").asString()),
                    enumOrNull(Process.class, row.path("process")),
                    enumOrNull(Exclusion.class, row.path("exclusion")),
                    row.path("safeguardingConcern").asBoolean()));
        }
        return List.copyOf(examples);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, JsonNode value) {
        return value.isNull() || value.isMissingNode() ? null : Enum.valueOf(type, value.asString());
    }
}
