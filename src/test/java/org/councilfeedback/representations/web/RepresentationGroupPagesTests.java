package org.councilfeedback.representations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.councilfeedback.FeedbackTypesPageTestSupport;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.representations.ReconsiderationDecision;
import org.councilfeedback.representations.RepresentationDecision;
import org.councilfeedback.representations.Representations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /staff/representation-groups}: the groups, one group, its reconsideration and the answer to all of it. */
class RepresentationGroupPagesTests extends FeedbackTypesPageTestSupport {

    @Autowired
    Representations representations;
    @Autowired
    Correspondence correspondence;
    @Autowired
    JdbcClient jdbc;

    private String grouped(String text, Person person, Long group) throws Exception {
        String reference = submit(FeedbackType.REPRESENTATION, null, text, person);
        await().atMost(WAIT).until(() -> representations.find(reference).isPresent());
        representations.setPolicyArea(reference, "waste-recycling-centres", "complaints.officer");
        representations.assignGroup(reference, group, group == null, group == null ? "Recycling centre bookings" : null,
                "complaints.officer");
        return reference;
    }

    @Test
    void showsTheGroupsAndOneGroupWithItsMembersAndItsSizeAgainstTheThreshold() throws Exception {
        String first = grouped("Scrap the <script>alert(1)</script> booking system at recycling centres.",
                Person.byPhone(), null);
        long group = representations.find(first).orElseThrow().groupId();
        String second = grouped("The recycling centre booking system should be scrapped.", Person.byPhone(), group);

        page("/staff/representation-groups", complaintsOfficer()).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Groups of similar representations"),
                        containsString("Group " + group + ": Recycling centre bookings"),
                        containsString("aria-current=\"page\">Groups</a>"))));
        page("/staff/representation-groups/" + group, complaintsOfficer()).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Recycling centre bookings</h1>"),
                        containsString(first), containsString(second),
                        containsString("2 received in the last 90 days; the threshold is 25"),
                        containsString("Scrap the &lt;script&gt;alert(1)&lt;/script&gt; booking system"),
                        not(containsString("<script>alert")),
                        not(containsString("Answer the whole group")), not(containsString("Consider re-investigating")))));
        page("/staff/representation-groups/" + group, director())
                .andExpect(content().string(allOf(containsString("Answer the whole group"),
                        containsString("action=\"/staff/representation-groups/" + group + "/decision\""),
                        not(containsString("Consider re-investigating")))));
        page("/staff/representation-groups/" + group, otherDirector()).andExpect(status().isNotFound());
        page("/staff/representation-groups", otherDirector())
                .andExpect(content().string(not(containsString("Recycling centre bookings"))));
        page("/staff/representation-groups/" + group, customerServices()).andExpect(status().isForbidden());
        page("/staff/representation-groups/999999", complaintsOfficer()).andExpect(status().isNotFound());
    }

    @Test
    void answersTheWholeGroupAndTellsEachPersonTheirOwnWay() throws Exception {
        String byEmail = grouped("Recycling centres should open until 8pm in summer.",
                Person.byEmail("late.tipper@example.org"), null);
        long group = representations.find(byEmail).orElseThrow().groupId();
        String byLetter = grouped("Open the recycling centres later in the summer evenings.", Person.byLetter(), group);
        String decided = grouped("Summer evening opening at recycling centres, please.", Person.byPhone(), group);
        representations.decide(decided, new Representations.DecisionCommand(RepresentationDecision.NO_CHANGE,
                "Decided on its own.", null, null), "director");

        submitForm("/staff/representation-groups/" + group + "/decision", director(), "decision", "CHANGE_PROPOSED")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("href=\"#representationNextSteps\""), containsString("Describe the next steps"))));
        submitForm("/staff/representation-groups/" + group + "/decision", complaintsOfficer(), "decision", "NO_CHANGE",
                "reason", "x").andExpect(status().isForbidden());

        var posted = submitForm("/staff/representation-groups/" + group + "/decision", director(),
                "decision", "CHANGE_PROPOSED", "nextSteps", "A trial of summer evening opening goes to committee.")
                .andExpect(redirectedUrl("/staff/representation-groups/" + group))
                .andExpect(flash().attribute("successTitle", "Decision recorded for 2 representations: Change proposed"));
        follow(posted, director())
                .andExpect(content().string(allOf(containsString("moj-alert--success"),
                        containsString("1 already had a decision"), not(containsString("Answer the whole group")))));

        assertThat(awaitMail("late.tipper@example.org", "Your representation – reference " + byEmail))
                .contains("A trial of summer evening opening goes to committee.");
        await().atMost(WAIT).until(() -> correspondence.forReference(byLetter).stream()
                .anyMatch(m -> m.kind() == MessageKind.RESPONSE && m.method() == ContactMethod.LETTER));
        assertThat(representations.find(decided).orElseThrow().decision()).isEqualTo(RepresentationDecision.NO_CHANGE);
    }

    @Test
    void theDirectorRecordsAReconsiderationOnceTheGroupReachedTheThreshold() throws Exception {
        String member = grouped("Bring back free disposal of DIY waste at recycling centres.", Person.byPhone(), null);
        long group = representations.find(member).orElseThrow().groupId();
        jdbc.sql("update representation_group set alerts_sent = 1, last_alert_at = :at where id = :id")
                .param("at", java.sql.Timestamp.from(Instant.now(clock))).param("id", group).update();

        page("/staff/representation-groups/" + group, director())
                .andExpect(content().string(allOf(containsString("Consider re-investigating"),
                        containsString("Once, last on"))));
        page("/staff/representation-groups/" + group, complaintsOfficer())
                .andExpect(content().string(not(containsString("Consider re-investigating"))));

        submitForm("/staff/representation-groups/" + group + "/reconsideration", director(), "decision", "REINVESTIGATE")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#reconsiderationReason\""),
                        containsString("Give the reason for the decision"))));
        follow(submitForm("/staff/representation-groups/" + group + "/reconsideration", director(),
                        "decision", "REINVESTIGATE", "reason", "Many residents raised the same cost.")
                        .andExpect(flash().attribute("successTitle", "Reconsideration recorded: Reinvestigate")),
                director())
                .andExpect(content().string(allOf(containsString("Reconsiderations"),
                        containsString("Many residents raised the same cost."))));
        assertThat(representations.reconsiderations(group)).singleElement()
                .satisfies(r -> assertThat(r.decision()).isEqualTo(ReconsiderationDecision.REINVESTIGATE));
    }
}
