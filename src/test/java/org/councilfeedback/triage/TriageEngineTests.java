package org.councilfeedback.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilfeedback.intake.FeedbackType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The assistant's suggestions end to end (rules and classifiers), on messages written for these tests. */
class TriageEngineTests {

    private static TriageEngine engine;

    @BeforeAll
    static void trainOnTheCorpus() {
        engine = TriageEngine.train(Corpus.bundled());
    }

    @Test
    void suggestsACorporateComplaintForAPoorCouncilService() {
        TriageSuggestion suggestion = engine.suggest("I booked a room at Cambourne library for our book group and when we "
                + "arrived it had been given to someone else. Nobody rang us. I've emailed twice and had no reply.");
        assertThat(suggestion.type()).isEqualTo(FeedbackType.COMPLAINT);
        assertThat(suggestion.process()).isEqualTo(Process.CORPORATE);
        assertThat(suggestion.exclusion()).isNull();
    }

    @Test
    void suggestsAdultSocialCareForAComplaintAboutACareHome() {
        assertThat(engine.suggest("The care home the council placed my father in keeps losing his clothes and his dentures. "
                + "I have raised it with his social worker twice and nothing changes.").process())
                .isEqualTo(Process.ADULT_SOCIAL_CARE);
    }

    @Test
    void suggestsChildrensSocialCareForAFosterCarersComplaint() {
        assertThat(engine.suggest("As foster carers we were promised a respite weekend every month. We've had one since "
                + "January and our supervising social worker doesn't return calls.").process())
                .isEqualTo(Process.CHILDRENS_SOCIAL_CARE);
    }

    @Test
    void suggestsDataProtectionWhenPersonalInformationWasMishandled() {
        TriageSuggestion suggestion = engine.suggest("Your housing support officer read out my diagnosis in a waiting room "
                + "full of people. My personal information is nobody else's business.");
        assertThat(suggestion.process()).isEqualTo(Process.DATA_PROTECTION);
        assertThat(suggestion.reasons()).anyMatch(reason -> reason.contains("Data Protection Officer"));
    }

    @Test
    void suggestsAComplimentForThanks() {
        assertThat(engine.suggest("Huge thanks to the gritter crews - our hill was clear by 6am and I got to my shift.").type())
                .isEqualTo(FeedbackType.COMPLIMENT);
    }

    @Test
    void suggestsASuggestionForAnIdea() {
        assertThat(engine.suggest("Why not put a book swap shelf at the park and ride sites? People waiting for the bus would use it.")
                .type()).isEqualTo(FeedbackType.SUGGESTION);
    }

    @Test
    void suggestsARepresentationForAViewOnAPolicy() {
        assertThat(engine.suggest("I object to the proposal to stop funding the rural bus to Linton. The council should "
                + "not cut the only link the village has.").type()).isEqualTo(FeedbackType.REPRESENTATION);
    }

    @Test
    void readsSarcasticPraiseAsAComplaint() {
        TriageSuggestion suggestion = engine.suggest("Brilliant planning, thanks - the only road out of the village closed "
                + "for the third weekend running with no warning.");
        assertThat(suggestion.type()).isEqualTo(FeedbackType.COMPLAINT);
        assertThat(suggestion.reasons()).anyMatch(reason -> reason.startsWith("praises ironically"));
    }

    @Test
    void flagsSafeguardingInsideASuggestion() {
        TriageSuggestion suggestion = engine.suggest("Suggestion: could bus drivers be told who to call about vulnerable "
                + "passengers? An old man on the 9 is always confused, has bruises on his arms and says his son takes his pension.");
        assertThat(suggestion.type()).isEqualTo(FeedbackType.SUGGESTION);
        assertThat(suggestion.safeguardingConcern()).isTrue();
    }

    @Test
    void keepsTheProcessOfAComplaintThatAlsoRaisesAConcern() {
        TriageSuggestion suggestion = engine.suggest("I am making a formal complaint. My daughter's social worker has not "
                + "visited for two months even though her stepfather, who hit her last year, has moved back in.");
        assertThat(suggestion.safeguardingConcern()).isTrue();
        assertThat(suggestion.exclusion()).isNull();
        assertThat(suggestion.process()).isEqualTo(Process.CHILDRENS_SOCIAL_CARE);
    }

    @Test
    void readsStaffCallNotes() {
        TriageSuggestion suggestion = engine.suggest("Caller states streetlight no. 14 on Chapel Lane, Wimblington has been "
                + "flickering since last night. Caller requests a repair.");
        assertThat(suggestion.exclusion()).isEqualTo(Exclusion.HIGHWAY_FIRST_REPORT);
    }

    @Test
    void copesWithAOneWordMessage() {
        TriageSuggestion suggestion = engine.suggest("pothole");
        assertThat(suggestion.type()).isNotNull();
        assertThat(suggestion.reasons()).isNotEmpty();
    }

    @Test
    void copesWithTheLongestMessageAllowed() {
        String rambling = "The verge outside our house has not been cut all summer and the grass is now waist high. ".repeat(120);
        TriageSuggestion suggestion = engine.suggest(rambling.substring(0, 10_000));
        assertThat(suggestion.type()).isEqualTo(FeedbackType.COMPLAINT);
    }

    @Test
    void quotesTheWritersOwnWordsInTheStatisticalReasons() {
        TriageSuggestion suggestion = engine.suggest("Please pass on our thanks to the wonderful registrar at our wedding.");
        assertThat(suggestion.type()).isEqualTo(FeedbackType.COMPLIMENT);
        assertThat(suggestion.reasons()).anyMatch(reason -> reason.startsWith("reads as a compliment")
                && reason.contains("words that point that way") && reason.contains("\"thanks\"")
                && !reason.contains("\"to the\""));
    }

    @Test
    void saysHowSureItIs() {
        assertThat(engine.suggest("The library in Ramsey was shut again today with no notice.").confidence()).isBetween(0.0, 1.0);
    }
}
