package org.councilfeedback.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each named rule, on messages written for these tests (none comes from the corpus). */
class TriageRulesTests {

    private static final Spelling SPELLING = Spelling.learnFrom(
            Corpus.bundled().stream().map(LabelledExample::text).toList(), TriageRules.vocabulary());

    private static TriageRules.Result rules(String message) {
        return TriageRules.evaluate(TriageText.of(message, SPELLING));
    }

    private static Optional<Exclusion> firstExclusion(String message) {
        return rules(message).exclusions().stream().findFirst().map(TriageRules.Finding::exclusion);
    }

    @Nested
    class Safeguarding {

        @Test
        void treatsAReportOfChildrenLeftAloneAsSafeguarding() {
            String report = "The two little ones next door are left alone most nights until gone midnight. "
                    + "I can hear them crying. Please can someone look into it.";
            assertThat(firstExclusion(report)).contains(Exclusion.SAFEGUARDING);
            assertThat(rules(report).safeguardingConcern()).isTrue();
        }

        @Test
        void keepsAComplaintAboutCareThatMentionsRiskAsAComplaintWithTheFlag() {
            TriageRules.Result complaint = rules("I want to complain that the agency the council arranged left my father "
                    + "without his tablets all weekend.");
            assertThat(complaint.safeguardingConcern()).isTrue();
            assertThat(complaint.exclusions()).extracting(TriageRules.Finding::exclusion).doesNotContain(Exclusion.SAFEGUARDING);
        }

        @Test
        void doesNotFlagAGeneralRoadSafetyWarning() {
            assertThat(rules("That junction by the garage is lethal, someone is going to be killed there one day.")
                    .safeguardingConcern()).isFalse();
        }

        @Test
        void doesNotFlagAServiceForVictimsAsSomeoneAtRisk() {
            assertThat(rules("Please keep funding the domestic abuse helpline, it matters to rural women.")
                    .safeguardingConcern()).isFalse();
        }
    }

    @Nested
    class ServiceRequest {

        @Test
        void treatsAPlainRequestForAServiceAsAServiceRequest() {
            assertThat(firstExclusion("Can I get a replacement concessionary bus pass? Mine has snapped in half."))
                    .contains(Exclusion.SERVICE_REQUEST);
        }

        @Test
        void doesNotTreatARequestFromSomeoneAlreadyLetDownAsAServiceRequest() {
            assertThat(firstExclusion("Please send someone to clear the gully on Fen Lane. I've reported it three times and nobody came."))
                    .isEmpty();
        }

        @Test
        void sendsAMissedBinCollectionToTheDistrictCouncilAsAServiceRequest() {
            assertThat(firstExclusion("Our black bin wasn't emptied on Tuesday, Orchard Way, Cottenham."))
                    .contains(Exclusion.SERVICE_REQUEST);
        }
    }

    @Nested
    class InformationRequest {

        @Test
        void treatsAQuestionAboutPolicyAsAnInformationRequest() {
            assertThat(firstExclusion("Could you explain how you decide which footpaths get cleared when it snows?"))
                    .contains(Exclusion.INFORMATION_REQUEST);
        }

        @Test
        void doesNotTreatAQuestionFromSomeoneKeptWaitingAsAnInformationRequest() {
            assertThat(firstExclusion("Could you tell me why my refund still hasn't been paid after eight weeks?")).isEmpty();
        }
    }

    @Nested
    class School {

        @Test
        void sendsIssuesWithAHeadTeacherToTheSchool() {
            assertThat(firstExclusion("The head teacher at my daughter's academy refuses to let her sit her mock exams."))
                    .contains(Exclusion.SCHOOL);
        }

        @Test
        void keepsSchoolTransportWithTheCouncil() {
            assertThat(firstExclusion("The taxi the council provides to get my son to school didn't turn up twice this week, "
                    + "and his teacher had to ring me.")).isEmpty();
        }
    }

    @Nested
    class PartnerDisagreement {

        @Test
        void treatsAProfessionalsDisagreementWithADecisionAsPartnerDisagreement() {
            assertThat(firstExclusion("I am writing as the community paediatrician for a child in Ely to dispute the decision "
                    + "to close the case without an assessment.")).contains(Exclusion.PARTNER_DISAGREEMENT);
        }

        @Test
        void doesNotTreatAParentQuotingTheirDoctorAsPartnerDisagreement() {
            assertThat(firstExclusion("Our GP says Mum needs more help but the council disagrees. I want her care increased."))
                    .isNotEqualTo(Optional.of(Exclusion.PARTNER_DISAGREEMENT));
        }
    }

    @Nested
    class LegalAction {

        @Test
        void treatsAClaimForDamageAsLegalAction() {
            assertThat(firstExclusion("A council gritter clipped my wing mirror on the A14 slip road and I want you to pay for the repair."))
                    .contains(Exclusion.LEGAL_ACTION);
        }

        @Test
        void treatsAThreatOfJudicialReviewAsLegalAction() {
            assertThat(firstExclusion("Our residents' group will seek a judicial review of the decision to shut the tip."))
                    .contains(Exclusion.LEGAL_ACTION);
        }

        @Test
        void doesNotTreatSomeoneSayingTheyAreNotClaimingAsLegalAction() {
            assertThat(firstExclusion("To be clear I am not seeking compensation, I just want the kerb repaired."))
                    .isNotEqualTo(Optional.of(Exclusion.LEGAL_ACTION));
        }

        @Test
        void doesNotMistakeSomeoneCalledSueForSuing() {
            assertThat(firstExclusion("Thanks to Sue at the register office for fitting us in.")).isEmpty();
        }
    }

    @Nested
    class Appeal {

        @Test
        void treatsARequestToReconsiderARefusedApplicationAsAnAppeal() {
            assertThat(firstExclusion("My application for a disabled parking bay outside my house was refused. "
                    + "Please reconsider the decision.")).contains(Exclusion.APPEAL);
        }

        @Test
        void treatsAChallengeToAParkingPenaltyAsAnAppeal() {
            assertThat(firstExclusion("I was given a PCN while unloading outside my own shop and I want it cancelled."))
                    .contains(Exclusion.APPEAL);
        }

        @Test
        void doesNotTreatSomeoneWhoIsNotAppealingAsAnAppeal() {
            assertThat(firstExclusion("I'm not appealing the parking ticket, I'm complaining about the warden who swore at me."))
                    .isEmpty();
        }
    }

    @Nested
    class SchoolAdmissionsAppeal {

        @Test
        void treatsAnAppealForASchoolPlaceAsAnAdmissionsAppeal() {
            assertThat(firstExclusion("We have been refused a Year 7 place at our catchment school and want to lodge an appeal."))
                    .contains(Exclusion.SCHOOL_ADMISSIONS_APPEAL);
        }

        @Test
        void treatsAnAppealAboutSchoolTransportAsAnOrdinaryAppeal() {
            assertThat(firstExclusion("We want to appeal the refusal of free transport to our catchment school."))
                    .contains(Exclusion.APPEAL);
        }
    }

    @Nested
    class HighwayFirstReport {

        @Test
        void flagsFirstReportOfPotholeAsHighwayFirstReport() {
            assertThat(firstExclusion("Deep pothole just appeared outside the Co-op on the High Street in Sawston."))
                    .contains(Exclusion.HIGHWAY_FIRST_REPORT);
        }

        @Test
        void doesNotTreatAPotholeReportedMonthsAgoAsAFirstReport() {
            assertThat(firstExclusion("I reported the pothole outside the Co-op back in March and it's still there.")).isEmpty();
        }
    }

    @Nested
    class CouncillorConduct {

        @Test
        void treatsAComplaintAboutACountyCouncillorsBehaviourAsCouncillorConduct() {
            assertThat(firstExclusion("Our county councillor was incredibly rude to residents at the flood meeting and walked out."))
                    .contains(Exclusion.COUNCILLOR_CONDUCT);
        }

        @Test
        void doesNotTreatACouncillorPassingOnAResidentsComplaintAsCouncillorConduct() {
            assertThat(firstExclusion("Cllr Patel has forwarded this from a resident and asks for a full response: the bus "
                    + "shelter glass has been smashed for a month and nobody has come.")).isEmpty();
        }
    }

    @Nested
    class MpConduct {

        @Test
        void treatsAComplaintAboutAnMpAsMpConduct() {
            assertThat(firstExclusion("I want to complain about our MP, who has ignored every letter I've sent about the school bus."))
                    .contains(Exclusion.MP_CONDUCT);
        }

        @Test
        void doesNotTreatAnMpsOfficePassingOnCaseworkAsMpConduct() {
            assertThat(firstExclusion("The MP's constituency office has forwarded a letter from a resident whose son's EHCP "
                    + "is months late.")).isEmpty();
        }
    }

    @Nested
    class DataProtection {

        @Test
        void routesComplaintsAboutPersonalInformationToTheDataProtectionOfficer() {
            assertThat(rules("The council emailed my medical report to my old employer without my consent.").dataProtection())
                    .isPresent();
        }

        @Test
        void doesNotRouteAnOrdinaryComplaintToTheDataProtectionOfficer() {
            assertThat(rules("The mobile library has missed our village three times this month.").dataProtection()).isEmpty();
        }
    }

    @Nested
    class Irony {

        @Test
        void recognisesSarcasticPraise() {
            assertThat(rules("Oh brilliant, the library is shut again on a Saturday. Well done everyone.").ironic()).isTrue();
        }

        @Test
        void takesSincereThanksAtFaceValue() {
            assertThat(rules("Thank you so much for your patience with my mum at the register office.").ironic()).isFalse();
        }
    }

    @Test
    void findsTheRulesWordsDespiteTypos() {
        assertThat(firstExclusion("My solictor will be writing to you about a judical review.")).contains(Exclusion.LEGAL_ACTION);
    }

    @Test
    void explainsEachFindingInPlainWordsQuotingTheMessage() {
        TriageRules.Finding finding = rules("The headteacher has excluded my son for a week.").exclusions().get(0);
        assertThat(finding.rule()).isEqualTo("individual school");
        assertThat(finding.reason()).contains("\"headteacher\"").contains("schools have their own complaints procedure");
    }

    /** Cues for wording unlike the corpus: new phrasings, text-speak, call notes, e-mail signatures. */
    @Nested
    class NewWording {

        @Test
        void readsAWorryAboutSomeoneNotSeenForDaysAsASafeguardingReport() {
            String report = "Nobody has heard from him for days, the man at number 3 who lives alone. His bins are still out "
                    + "and the post is piling up inside.";
            assertThat(firstExclusion(report)).contains(Exclusion.SAFEGUARDING);
        }

        @Test
        void readsChildrenHomeAloneAfterSchoolAsNeglect() {
            assertThat(rules("Customer says the twins across the road are home by themselves after school most days.")
                    .safeguardingConcern()).isTrue();
        }

        @Test
        void flagsSomeoneWhoSaysTheyCannotGoOn() {
            assertThat(rules("Honestly I can't go on, there's no point carrying on like this.").safeguardingConcern()).isTrue();
            assertThat(rules("We can't go on waiting for the council to fix this road.").safeguardingConcern()).isFalse();
        }

        @Test
        void flagsSomeoneTalkedIntoHandingOverTheirCardDetails() {
            assertThat(rules("A man keeps phoning Grandad and he has handed over his bank details to him.").safeguardingConcern())
                    .isTrue();
        }

        @Test
        void doesNotReadAnInjuredBodyPartAsViolence() {
            assertThat(rules("My mum tripped on the kerb and hurt her knee badly.").safeguardingConcern()).isFalse();
        }

        @Test
        void doesNotReadYoungPeopleWithNowhereToGoInTheEveningAsHomeless() {
            assertThat(rules("Closing the youth club means the kids have nowhere to go in the evenings.").safeguardingConcern())
                    .isFalse();
        }

        @Test
        void keepsADataProtectionComplaintThatMentionsFearAComplaint() {
            assertThat(firstExclusion("Your parking team posted my new address to my ex. I'm terrified he will find us."))
                    .isEmpty();
        }

        @Test
        void readsALawyerOrInsurerRecoveringCostsAsLegalAction() {
            assertThat(firstExclusion("My lawyer will be in touch about the flooding your blocked gully caused."))
                    .contains(Exclusion.LEGAL_ACTION);
            assertThat(firstExclusion("Our buildings insurance will recover the cost from you for the wall your lorry hit."))
                    .contains(Exclusion.LEGAL_ACTION);
        }

        @Test
        void readsAnAskForSomeoneElseToLookAtARefusalAsAnAppeal() {
            assertThat(firstExclusion("They rejected my permit application. Please can someone else look at it."))
                    .contains(Exclusion.APPEAL);
        }

        @Test
        void readsAChallengeToARefusedSchoolPlaceAsAnAdmissionsAppeal() {
            assertThat(firstExclusion("We want to challenge the refusal of a Year 7 place for our daughter."))
                    .contains(Exclusion.SCHOOL_ADMISSIONS_APPEAL);
        }

        @Test
        void readsACouncillorWhoNeverBotheredToReplyAsConduct() {
            assertThat(firstExclusion("My councillor has never even bothered to respond to my letters."))
                    .contains(Exclusion.COUNCILLOR_CONDUCT);
        }

        @Test
        void readsAProfessionalIntroducedByRoleWhoDisagreesAsAPartnerDisagreement() {
            assertThat(firstExclusion("Call from a housing association tenancy officer who does not accept the outcome of "
                    + "the care assessment and asks for a fresh decision.")).contains(Exclusion.PARTNER_DISAGREEMENT);
        }

        @Test
        void readsACraterOrALeaningLampAsAFirstHighwayReport() {
            assertThat(firstExclusion("There is a crater in the cycle lane on Mill Road.")).contains(Exclusion.HIGHWAY_FIRST_REPORT);
            assertThat(firstExclusion("The lamp column by the bus stop is leaning over the road."))
                    .contains(Exclusion.HIGHWAY_FIRST_REPORT);
        }

        @Test
        void readsTextSpeakRequestsAndQuestions() {
            assertThat(firstExclusion("pls can sum1 come n take away the dumped fridge")).contains(Exclusion.SERVICE_REQUEST);
            assertThat(firstExclusion("wot time does the library open on sundays")).contains(Exclusion.INFORMATION_REQUEST);
        }

        @Test
        void readsCallNoteEnquiriesAsInformationRequests() {
            assertThat(firstExclusion("Caller asked whether the council still offers free pest control for pensioners."))
                    .contains(Exclusion.INFORMATION_REQUEST);
        }

        @Test
        void doesNotTakeAnEmailSignOffForPraise() {
            assertThat(rules("Could you confirm when the consultation closes?\n\nKind regards\nJo").signals()).doesNotContain("praise");
            assertThat(rules("Can you send me a new bin sticker. Thanks").signals()).doesNotContain("praise");
        }

        @Test
        void treatsASubjectAccessRequestAcronymAsPersonalInformation() {
            assertThat(rules("My SAR went in three months ago and I have had nothing.").dataProtection()).isPresent();
        }

        @Test
        void knowsWhetherAMessageIsAboutAPerson() {
            assertThat(rules("tip shut early again").aboutSomeone()).isFalse();
            assertThat(rules("the old boy next door looks poorly").aboutSomeone()).isTrue();
        }
    }
}
