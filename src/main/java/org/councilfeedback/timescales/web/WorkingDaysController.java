package org.councilfeedback.timescales.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public working-day arithmetic: the date a number of UK working days after another. */
@RestController
@Tag(name = "Calendar", description = "The council's working days")
class WorkingDaysController {

    /** The range of dates the API counts from: anything outside it is a mistake, not a question. */
    private static final String EARLIEST_TEXT = "2000-01-01";
    private static final String LATEST_TEXT = "2099-12-31";
    static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);
    static final LocalDate LATEST = LocalDate.parse(LATEST_TEXT);

    static final String FROM_MISSING = "Enter the date to count from, in the format YYYY-MM-DD";
    static final String FROM_FORMAT = "Enter the date to count from in the format YYYY-MM-DD, for example 2026-12-23";
    static final String FROM_NOT_REAL = "The date to count from must be a real date, for example 2026-12-23";
    static final String FROM_OUT_OF_RANGE = "The date to count from must be between " + EARLIEST_TEXT + " and "
            + LATEST_TEXT;
    static final String ADD_MISSING = "Enter the number of working days to add, a whole number from 0 to "
            + WorkingDayCalendar.MAX_WORKING_DAYS;
    static final String ADD_NOT_WHOLE = "The number of working days to add must be a whole number from 0 to "
            + WorkingDayCalendar.MAX_WORKING_DAYS;
    static final String ADD_OUT_OF_RANGE = "The number of working days to add must be between 0 and "
            + WorkingDayCalendar.MAX_WORKING_DAYS;

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

    private final WorkingDayCalendar calendar;

    WorkingDaysController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping(path = "/api/v1/calendar/working-days", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The date a number of working days after another",
            description = "A working day is not a Saturday or Sunday, not an England and Wales bank holiday and not "
                    + "one of the council's closure days. With add=0, the date itself when it is a working day, "
                    + "otherwise the next working day. Public: no credentials needed.")
    @ApiResponse(responseCode = "200", description = "The date add working days after from",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = WorkingDays.class),
                    examples = @ExampleObject(value = "{\"from\": \"2026-12-23\", \"add\": 3, \"date\": \"2026-12-30\"}")))
    @ApiResponse(responseCode = "400", description = "A parameter is missing or invalid; errors names each one",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = InvalidQueryProblem.class)))
    WorkingDays workingDays(
            @Parameter(description = "The date to count from, YYYY-MM-DD, between " + EARLIEST_TEXT + " and "
                    + LATEST_TEXT,
                    required = true, example = "2026-12-23",
                    schema = @Schema(type = "string", format = "date"))
            @RequestParam(name = "from", required = false) String from,
            @Parameter(description = "How many working days to add, from 0 to " + WorkingDayCalendar.MAX_WORKING_DAYS,
                    required = true, example = "3",
                    schema = @Schema(type = "integer", format = "int32", minimum = "0",
                            maximum = "" + WorkingDayCalendar.MAX_WORKING_DAYS))
            @RequestParam(name = "add", required = false) String add) {
        List<InvalidQueryProblem.FieldError> errors = new ArrayList<>();
        LocalDate start = parseFrom(from, errors);
        Integer workingDays = parseAdd(add, errors);
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return new WorkingDays(start, workingDays, calendar.addWorkingDays(start, workingDays));
    }

    private static LocalDate parseFrom(String from, List<InvalidQueryProblem.FieldError> errors) {
        String message;
        if (from == null || from.isBlank()) {
            message = FROM_MISSING;
        } else if (!ISO_DATE.matcher(from).matches()) {
            message = FROM_FORMAT;
        } else {
            try {
                LocalDate date = LocalDate.parse(from);
                if (!date.isBefore(EARLIEST) && !date.isAfter(LATEST)) {
                    return date;
                }
                message = FROM_OUT_OF_RANGE;
            } catch (DateTimeException e) {
                message = FROM_NOT_REAL;
            }
        }
        errors.add(new InvalidQueryProblem.FieldError("from", message));
        return null;
    }

    private static Integer parseAdd(String add, List<InvalidQueryProblem.FieldError> errors) {
        String message;
        if (add == null || add.isBlank()) {
            message = ADD_MISSING;
        } else if (!WHOLE_NUMBER.matcher(add).matches()) {
            message = ADD_NOT_WHOLE;
        } else {
            String digits = add.replaceFirst("^[+-]?0*", "");
            boolean negative = add.startsWith("-") && !digits.isEmpty();
            int value = digits.isEmpty() ? 0 : digits.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(digits);
            if (!negative && value <= WorkingDayCalendar.MAX_WORKING_DAYS) {
                return value;
            }
            message = ADD_OUT_OF_RANGE;
        }
        errors.add(new InvalidQueryProblem.FieldError("add", message));
        return null;
    }

    /** The answer: {@code date} is {@code add} working days after {@code from}. */
    @JsonPropertyOrder({"from", "add", "date"})
    @Schema(name = "WorkingDays")
    record WorkingDays(
            @Schema(example = "2026-12-23") LocalDate from,
            @Schema(example = "3") int add,
            @Schema(example = "2026-12-30") LocalDate date) {
    }
}
