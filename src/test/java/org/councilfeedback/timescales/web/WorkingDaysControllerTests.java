package org.councilfeedback.timescales.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code GET /api/v1/calendar/working-days}, as API.md describes it. */
@SpringBootTest
@AutoConfigureMockMvc
@WithAnonymousUser
class WorkingDaysControllerTests {

    private static final String PATH = "/api/v1/calendar/working-days";

    @Autowired
    MockMvc mvc;

    @Test
    void answersTheApiExampleWithoutCredentials() throws Exception {
        mvc.perform(get(PATH).param("from", "2026-12-23").param("add", "3"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json("{\"from\": \"2026-12-23\", \"add\": 3, \"date\": \"2026-12-30\"}", true));
    }

    @Test
    void addingNothingToASaturdayGivesTheNextWorkingDay() throws Exception {
        mvc.perform(get(PATH).param("from", "2026-11-21").param("add", "0"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"from\": \"2026-11-21\", \"add\": 0, \"date\": \"2026-11-23\"}", true));
    }

    @Test
    void addingNothingToAWorkingDayGivesThatDay() throws Exception {
        mvc.perform(get(PATH).param("from", "2026-11-24").param("add", "0"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"from\": \"2026-11-24\", \"add\": 0, \"date\": \"2026-11-24\"}", true));
    }

    @Test
    void addingNothingToChristmasDayGivesTheFirstWorkingDayAfterBoxingDay() throws Exception {
        mvc.perform(get(PATH).param("from", "2026-12-25").param("add", "0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2026-12-29"));
    }

    @Test
    void addsTheLargestNumberAllowed() throws Exception {
        // 400 working days from Mon 4 Jan 2027: 80 weeks to Mon 17 Jul 2028, then the seven 2027 bank holidays
        // after 4 Jan (26 and 29 Mar, 3 and 31 May, 30 Aug, 27 and 28 Dec) push it 7 working days on, to Wed 26 Jul.
        // The 2028 bank holidays are not in the bundled data yet, so they are not skipped.
        mvc.perform(get(PATH).param("from", "2027-01-04").param("add", "400"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"from\": \"2027-01-04\", \"add\": 400, \"date\": \"2028-07-26\"}", true));
    }

    @Test
    void acceptsTheEdgesOfTheDateRange() throws Exception {
        mvc.perform(get(PATH).param("from", "2000-01-01").param("add", "0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2000-01-03"));
        mvc.perform(get(PATH).param("from", "2099-12-31").param("add", "400"))
                .andExpect(status().isOk());
    }

    @ParameterizedTest(name = "[{index}] from={0} add={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL        | 3     | from | Enter the date to count from, in the format YYYY-MM-DD
            ''          | 3     | from | Enter the date to count from, in the format YYYY-MM-DD
            23/12/2026  | 3     | from | Enter the date to count from in the format YYYY-MM-DD, for example 2026-12-23
            2026-12-23T10:00 | 3 | from | Enter the date to count from in the format YYYY-MM-DD, for example 2026-12-23
            tomorrow    | 3     | from | Enter the date to count from in the format YYYY-MM-DD, for example 2026-12-23
            +999999999-12-31 | 3 | from | Enter the date to count from in the format YYYY-MM-DD, for example 2026-12-23
            2026-02-30  | 3     | from | The date to count from must be a real date, for example 2026-12-23
            2026-13-01  | 3     | from | The date to count from must be a real date, for example 2026-12-23
            0001-01-01  | 3     | from | The date to count from must be between 2000-01-01 and 2099-12-31
            1999-12-31  | 3     | from | The date to count from must be between 2000-01-01 and 2099-12-31
            2100-01-01  | 3     | from | The date to count from must be between 2000-01-01 and 2099-12-31
            9999-12-31  | 3     | from | The date to count from must be between 2000-01-01 and 2099-12-31
            2026-12-23  | NULL  | add  | Enter the number of working days to add, a whole number from 0 to 400
            2026-12-23  | ''    | add  | Enter the number of working days to add, a whole number from 0 to 400
            2026-12-23  | three | add  | The number of working days to add must be a whole number from 0 to 400
            2026-12-23  | 1.5   | add  | The number of working days to add must be a whole number from 0 to 400
            2026-12-23  | 3e2   | add  | The number of working days to add must be a whole number from 0 to 400
            2026-12-23  | -1    | add  | The number of working days to add must be between 0 and 400
            2026-12-23  | 401   | add  | The number of working days to add must be between 0 and 400
            2026-12-23  | 2147483648 | add | The number of working days to add must be between 0 and 400
            2026-12-23  | 99999999999999999999 | add | The number of working days to add must be between 0 and 400
            """)
    void rejectsBadInputWithAProblemNamingTheField(String from, String add, String field, String message)
            throws Exception {
        MockHttpServletRequestBuilder request = get(PATH);
        if (from != null) {
            request.param("from", from);
        }
        if (add != null) {
            request.param("add", add);
        }
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(message + "."))
                .andExpect(jsonPath("$.instance").value(PATH))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    @Test
    void namesEveryBadParameterAtOnce() throws Exception {
        mvc.perform(get(PATH))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().json("""
                        {
                          "type": "about:blank",
                          "title": "Bad Request",
                          "status": 400,
                          "detail": "Enter the date to count from, in the format YYYY-MM-DD. Enter the number of working \
                        days to add, a whole number from 0 to 400.",
                          "instance": "/api/v1/calendar/working-days",
                          "errors": [
                            {"field": "from", "message": "Enter the date to count from, in the format YYYY-MM-DD"},
                            {"field": "add", "message": "Enter the number of working days to add, a whole number \
                        from 0 to 400"}
                          ]
                        }""", true));
    }

    @Test
    void rejectsARepeatedParameter() throws Exception {
        mvc.perform(get(PATH).param("from", "2026-12-23", "2026-12-24").param("add", "3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void isDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/calendar/working-days'].get.parameters[*].name",
                        contains("from", "add")))
                .andExpect(jsonPath("$.paths['/api/v1/calendar/working-days'].get.parameters[*].required",
                        contains(true, true)))
                .andExpect(jsonPath("$.paths['/api/v1/calendar/working-days'].get.responses['400'].content"
                        + "['application/problem+json']").exists());
    }
}
