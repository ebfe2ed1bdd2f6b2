package org.councilfeedback.triage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The feedback policy's exclusions and the safeguarding concern, written as named rules over general cues (words,
 * phrases and word stems), never over particular messages. Each rule says in plain language why it fired.
 *
 * <p>Rules are listed in the order they win when several fire: a solicitor's letter about a pothole is legal action,
 * not a first report of the pothole. A <em>decisive</em> rule applies whatever the classifier thinks the type is; any
 * other rule applies only when the message reads as a complaint (the assistant decides that, see
 * {@link TriageEngine}).
 */
final class TriageRules {

    /** One named rule's finding. */
    record Finding(String rule, Exclusion exclusion, String reason, boolean decisive) {
    }

    /** The kinds of risk the safeguarding rule looks for. */
    enum RiskKind {
        ABUSE, SELF_HARM, EXPLOITATION, NEGLECT, MISSING_OR_HOMELESS, DANGER, HARM_AT_HOME, VULNERABILITY;

        /**
         * A kind that makes a message a report of risk to pass on, rather than a description of a person's own needs
         * (a fall at home is a reason to assess care needs; a child left alone is a report).
         */
        boolean isReportable() {
            return this != VULNERABILITY && this != HARM_AT_HOME;
        }
    }

    /** What the rules found in one message. */
    record Result(
            List<String> safeguardingReasons,
            boolean riskReport,
            List<Finding> exclusions,
            Optional<String> dataProtection,
            boolean dissatisfied,
            boolean ironic,
            boolean couldBeReportOfRisk,
            boolean aboutSomeone,
            List<String> signals) {

        boolean safeguardingConcern() {
            return !safeguardingReasons.isEmpty();
        }

        /**
         * The rules themselves see thanks, an idea or a view on policy. Only then may the type classifier overrule a
         * rule that is not decisive: a request that ends "Thanks" is still a request.
         */
        boolean seesAnotherType() {
            return signals.contains("praise") || signals.contains("idea") || signals.contains("policy");
        }
    }

    private record RiskCue(RiskKind kind, Cue cue) {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Shared building blocks
    // ---------------------------------------------------------------------------------------------------------------

    private static final String NUMBER_OF_TIMES =
            "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|numerous|countless|multiple|loads of) times";
    private static final String MONTH =
            "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|sept?|oct|nov|dec)";
    private static final String SEASON = "(?:spring|summer|autumn|winter)";

    /** Signs that the writer has already been let down: chasing, no reply, broken promises, waiting. */
    static final Cue DISSATISFIED = Cue.of("says a service was delayed, not delivered or not followed up",
            "\\b(?:rang|rung|phoned|called|emailed|e-mailed|written|wrote|chased|contacted|asked|reported|told|messaged|raised)\\b[^.?!]{0,60}?\\b" + NUMBER_OF_TIMES,
            "\\btwice\\b", "\\b(?:i've|i have|we've|we have) disputed\\b", "\\bsupposedly\\b",
            "\\b(?:no|not a single|not one|never (?:had|got|received) (?:a|an|any)) (?:reply|replies|response|answer|call ?back|acknowledge?ment)",
            "\\b(?:was|were|been|being) ignored\\b",
            "\\bnobody (?:has |have |had |ever )?(?:replied|rang|rung|called|came|come|answered|got back|returned|responded|contacted|turned up|bothered|can tell)",
            "\\bno-?one (?:has |have |had |ever )?(?:replied|rang|rung|called|came|come|answered|got back|returned|responded|contacted|turned up)",
            "\\b(?:hasn't|haven't|has not|have not|hadn't|never|didn't|did not|wasn't|weren't|still not) (?:once )?(?:replied|responded|rung|rang|called|come|came|got back|heard|turned up|arrived|appeared|materiali[sz]ed|been (?:done|fixed|repaired|collected|sorted|paid|processed|issued|answered|returned|refunded|submitted|allocated|reviewed|corrected|cleared))",
            "\\bheard (?:absolutely )?nothing", "\\bnothing (?:has |have )?(?:happened|been done|changed|ever happens|ever gets done|else)\\b",
            "\\bnothing happens\\b", "\\bstill (?:not|no|nothing|hasn't|haven't|isn't|aren't|waiting|there|doesn't|don't|have not|has not|can't|got no)\\b",
            "\\bpromised\\b", "\\bnobody did\\b", "\\bshould have (?:rung|called|told|contacted|written|informed)",
            "\\b(?:weren't|wasn't|were not|was not|never) (?:contacted|told|informed|consulted|warned)\\b", "\\bwithout (?:any )?(?:notice|warning)\\b",
            "\\b(?:was|were) told (?:(?:it|they|she|he|we|i|this) ?)?(?:'d|would|will)\\b",
            "\\b(?:not|isn't|is not|wasn't) good enough", "\\bunacceptable", "\\bnot acceptable", "\\bdisgrace", "\\bappalling", "\\bapolog",
            "\\blet (?:us |me |him |her )?down", "\\bpoor service", "\\bshambles", "\\bnot (?:impressed|happy|satisfied)",
            "\\bdissatisfied", "\\bunhappy", "\\boverdue", "\\bbacklog", "\\bwaiting list", "\\blimbo",
            "\\b(?:rude|dismissive|abrupt|patronising|unhelpful)\\b", "\\b(?:brush\\w*|fob\\w*) (?:it|this|me|us|her|him|them) off\\b",
            "\\b(?:weeks|months|years) (?:later|on)\\b", "\\bit(?:'s| is) now (?:the (?:middle|end|start) of )?(?:" + MONTH + "|week \\d+)",
            "\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|eighteen) (?:weeks|months) (?:later|ago|now|since|and)\\b");

    /** The writer says outright they are complaining (not "I'm not complaining"). */
    static final Cue COMPLAINS = Cue.unlessNegated("says it is a complaint",
            "\\bcomplain(?:t|ts|ing|ed)?\\b");

    /** Signs the message is about how the council (or a service it arranged) handled things. */
    static final Cue ABOUT_COUNCIL_SERVICE = Cue.unlessNegated("is about how a council service handled things",
            "\\bsocial worker", "\\bpersonal adviser", "\\bcare package", "\\b(?:arranged|placed|commissioned) by the council",
            "\\bthe council (?:arranged|placed|commissioned)", "\\bthe council's\\b", "\\bchildren's services", "\\badult social care",
            "\\bduty team", "\\bthe council (?:is|has|have|hasn't|didn't|should|must|was|needs)\\b", "\\byour (?:staff|team|department|service)",
            "\\bi want to know (?:how|why|what)", "\\bi want the council to", "\\binvestigat", "\\bi hold the council",
            "\\bcorporate parent", "\\b(?:the council|you) (?:uses?|employs?|commissions?|contracts?|arranged|pays? for)\\b",
            "\\b(?:reported|told|raised) (?:it|this|them|that) (?:with|to) (?:the|your|his|her) (?:\\w+ )?(?:team|service|department|council|social worker|agency)",
            "\\bthe same (?:driver|carer|worker|officer|person|member of staff) (?:turned up|came|is still|was back|again)");

    /** The message passes on someone else's message (a councillor's or MP's casework), not their own complaint. */
    static final Cue FORWARDED = Cue.of("passes on someone else's message",
            "\\bforward(?:ed|ing|s)?\\b", "\\bon behalf of (?:a|the|their|his|her|our) (?:constituent|resident)s?",
            "\\bconstituency office", "\\basks? (?:for )?(?:a |an )?(?:full |urgent |prompt |written )?(?:response|reply)",
            "\\basks? to be copied", "\\bcop(?:y|ied) (?:to|in(?:to)?) (?:him|her|them|the reply)");

    /** The message plainly has another purpose: thanks, an idea, or a view on a proposal or decision. */
    static final Cue OTHER_PURPOSE = Cue.of("has another main purpose (thanks, an idea, or a view on a proposal)",
            "\\bthank you (?:to|for|so much)\\b", "(?<!many )\\bthanks (?:to|for)\\b", "\\b(?:huge|big|massive|special) thanks", "\\b(?:want|wanted|like|i'd like) to (?:say )?thank",
            "\\bgrateful to", "\\bsuggest\\w*", "\\bclos(?:ing|ure)\\b", "\\bplease reconsider", "\\bplease (?:keep|don't|do not)\\b", "\\bidea\\b", "\\boppos(?:e|ed|es|ing|ition)\\b", "\\bobject(?:ing|ion)?\\b",
            "\\bproposals?\\b", "\\bconsultation", "\\bdecision to (?:close|cut|stop|scrap|reduce|withdraw|end)", "\\bcuts? (?:to|in)\\b",
            "\\breinstate");

    // ---------------------------------------------------------------------------------------------------------------
    // Safeguarding: high recall first. One reportable cue, or two separate signs of vulnerability, set the flag.
    // ---------------------------------------------------------------------------------------------------------------

    private static final List<RiskCue> RISKS = List.of(
            new RiskCue(RiskKind.ABUSE, Cue.of("describes abuse or violence towards someone",
                    "\\babus(?:e|ed|es|ing|er)\\b(?! (?:outreach|services?|support|charit\\w*|team|awareness|helpline|refuges?|workers?|training|policy))",
                    "\\babusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|father|mother|parent|ex|stepdad|stepfather|home|household|carer)",
                    "\\bblack eye", "\\bwon't let (?:her|him|them) (?:leave|go out|out|see)", "\\b(?:checks|monitors|goes through) (?:her|his) phone",
                    "\\bbegged (?:me|us) not to tell", "\\bslap(?:s|ped|ping)?\\b", "\\bbeing hit\\b", "\\bbruis(?:e|es|ed|ing)\\b",
                    "\\b(?:hits?|hitting|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|beats?|beaten|beating|shov(?:e|ed|es|ing)|chok(?:e|ed|es|ing)|strangl\\w*|hurts?|hurting) (?:me|her|him|them|us|my (?:mum|mother|dad|father|son|daughter|child|children|kids?|baby|wife|husband|partner|sister|brother))\\b"
                            + "(?! (?:back|knee|knees|arm|arms|leg|legs|wrist|ankle|shoulder|neck|hip|foot|feet|head|hand|hands|finger|fingers|own))",
                    "\\bviolen(?:t|ce)\\b", "\\bassault\\w*", "\\bsexual(?:ly)? (?:abuse|assault|exploit\\w*|touch\\w*|activity)", "\\brap(?:e|ed)\\b",
                    "\\bgroom(?:ed|ing)\\b", "\\bcoercive\\b", "\\bcontrols? (?:her|his|their|my) (?:money|phone|finances)",
                    "\\bscreaming\\b", "\\bstop daddy", "\\b(?:speak|spoke|speaking|talk\\w*|shout\\w*) (?:to|at) (?:him|her|them) (?:very )?aggressively",
                    "\\bill-?treat\\w*", "\\bmistreat\\w*", "\\bhumiliat\\w* (?:him|her|them)\\b")),
            new RiskCue(RiskKind.SELF_HARM, Cue.of("mentions self-harm or thoughts of suicide",
                    "\\bself[- ]?harm\\w*", "\\bcutting (?:herself|himself|themselves|myself|(?:the tops of )?(?:her|his|their|my) (?:arms|wrists|legs))",
                    "\\bmarks on (?:her|his|their|my) (?:wrists|arms|legs)", "\\bwants? to die\\b", "\\bwanting to die\\b", "\\bwish(?:es)? (?:i|he|she) (?:was|were) dead",
                    "\\bend(?:ing)? (?:it all|my life|her life|his life|their life)", "\\bkill(?:ing)? (?:myself|himself|herself|themselves)",
                    "\\bsuicid\\w*", "\\bbetter off (?:gone|dead|without (?:me|him|her))", "\\boverdos\\w*",
                    "\\bhurt(?:ing)? (?:himself|herself|themselves|myself)", "\\btake (?:his|her|my|their) own life", "\\bno reason to live",
                    "\\b(?:can't|cannot|can not|couldn't|could not) (?:go on|carry on)\\b(?! (?:with|like|waiting|paying|working))",
                    "\\b(?:don't|do not|can't|cannot|no longer) see (?:the|any) point (?:in |of )?(?:going on|carrying on|living|being here|anything|it all|life)",
                    "\\bno point (?:in )?(?:going on|carrying on|living|being here)", "\\b(?:don't|do not) want to (?:be here|live|wake up) any ?more",
                    "\\bbetter off without (?:me|him|her|them)\\b")),
            new RiskCue(RiskKind.EXPLOITATION, Cue.of("describes someone being exploited (money or cards taken, drugs, grooming)",
                    "\\bexploit\\w*", "\\bcounty lines", "\\b(?:drug )?dealers?\\b", "\\bdealing\\b", "\\bscam(?:s|med|mers?)?\\b",
                    "\\b(?:friends|people|lads|men|strangers|they|others|some \\w+)\\b[^.!?]{0,40}\\b(?:moved|moving|staying) (?:in(?:to)?|at) (?:his|her|their) (?:flat|home|house)\\b",
                    "\\busing (?:his|her|their) (?:flat|home|house)\\b",
                    "\\b(?:targeting|targets|preying on) (?:her|him|them|old|older|elderly|vulnerable)\\b", "\\b(?:being|been|is|was) targeted\\b",
                    "\\b(?:given|gave|giving|handed|hands) (?:over )?(?:\\w+ )?(?:her|his|their) (?:bank |card |account |pin )?(?:details|pin|card|cards|savings|passwords?)\\b", "\\bcarry(?:ing)? drugs", "\\bcuckoo\\w*",
                    "\\btaken over (?:his|her|their) (?:flat|home|house)", "\\bgetting into cars with", "\\bmuch older (?:men|man|boys?)",
                    "\\b(?:took|taken|taking|takes|take) (?:his|her|their) (?:bank )?(?:card|money|pension|benefits|savings)",
                    "\\bcollects? (?:her|his|their) (?:pension|benefits|money)", "\\bcash ?point", "\\bcash machine",
                    "\\baccount (?:is |was |has been )?(?:down|emptied|drained|cleared out)", "\\b(?:lends?|lent|lending) (?:her|him) money",
                    "\\bfinancial(?:ly)? abus\\w*", "\\b(?:take|taking|deliver|delivering|carry|carrying|drop|dropping) (?:off )?(?:packages|parcels|packets|bags|drugs) (?:to|for|round)\\b",
                    "\\bgiving (?:him|her|them)(?: and [\\w ]{1,20})? (?:vapes|money|gifts|drugs|alcohol|cigarettes|phones|lifts)")),
            new RiskCue(RiskKind.NEGLECT, Cue.of("describes someone left without care, food or supervision",
                    "\\bneglect(?:ful|ing)?\\b", "\\b(?:is|are|was|were|being|been) neglected", "\\bself-?neglect", "\\bleft (?:on (?:their|his|her) own|alone|home alone|unsupervised|without (?:any )?(?:food|care|carers|a carer|heating|water|(?:her|his|their) (?:tablets|medication|meds)))",
                    "\\b(?:on (?:their|his|her) own|alone|by (?:themselves|himself|herself)) (?:in the evenings?|at night|overnight|all (?:day|night|evening)|after school|until|till|til|for hours)",
                    "\\b(?:home|in the house|at home|in the flat|in the car) (?:on (?:their|his|her) own|alone|by (?:themselves|himself|herself))\\b",
                    "\\bhungry and dirty", "\\b(?:always|often) (?:look|looks|seem|seems) (?:hungry|dirty|unkempt|unwashed)",
                    "\\bno carers? (?:has |have )?(?:turned up|came|come|arrived|visited)", "\\bwithout (?:food|water|heating|(?:her|his|their) (?:tablets|medication|meds|medicine|insulin|inhaler))",
                    "\\bpressure (?:sore|ulcer)s?", "\\b(?:aren't|are not|isn't|is not|not being|weren't) (?:turning|feeding|washing|changing) (?:her|him|them)",
                    "\\bstopped (?:eating|washing|taking (?:his|her|their) (?:medication|tablets|meds))", "\\b(?:isn't|is not|not) eating\\b",
                    "\\bfilthy", "\\bcan't get to the toilet", "\\b(?:soiled|unwashed)\\b",
                    "\\b(?:leaving|left|leave|leaves) (?:him|her|them) (?:alone|on (?:his|her|their) own)",
                    "\\b(?:nobody|no one|no-one|not anyone|isn't anyone|anyone) (?:is )?looking after (?:her|him|them)",
                    "\\block(?:s|ed|ing)? (?:her|him|them) in\\b", "\\bkeeps? (?:her|him|them) in bed", "\\b(?:dirty|same) clothes")),
            new RiskCue(RiskKind.HARM_AT_HOME, Cue.of("describes someone hurt or stranded at home",
                    "\\b(?:lay|lying|laid|lain|left) (?:on the (?:\\w+ )?floor|there) (?:for hours|overnight|all night|for \\w+ hours)",
                    "\\bfound (?:him|her|them) on the floor", "\\bfallen again", "\\bfell again")),
            new RiskCue(RiskKind.MISSING_OR_HOMELESS, Cue.of("says someone has gone missing, has not been seen, or has nowhere safe to sleep",
                    "\\b(?:gone|goes|going|went|been|go) missing", "\\b(?:not|hasn't|haven't) been seen\\b", "\\bnobody has seen",
                    "\\b(?:haven't|hasn't|have not|has not|not|nobody has|no one has|no-one has) (?:seen|heard from) (?:her|him|them)\\b[^.!?]{0,20}\\b(?:since|for (?:days|a few days|\\w+ days|a week|over a week))",
                    "\\b(?:post|mail|letters|milk|newspapers|papers) (?:is |are )?(?:piling up|still on the (?:door)?step)",
                    "\\bsleeping (?:rough|in a tent|in (?:a|the|his|her) car|on the streets?|at (?:the|a) \\w+)", "\\bslept (?:rough|at|in (?:a|the) (?:car|tent|park|station))",
                    "\\bsofa[- ]?surfing", "\\bnowhere (?:to (?:sleep|live|stay)|else to go)", "\\bnowhere to go\\b(?! (?:in|at|after|on|for|during|of an?))", "\\bhomeless",
                    "\\b(?:kicked|thrown|threw|chucked|turfed) (?:him|her|them|me) out\\b",
                    "\\bcan't (?:stay|go) (?:at )?home", "\\bfound (?:him|her|them) (?:wandering|in the road|walking)", "\\bfound wandering",
                    "\\bwandering (?:in|along|around|down) the (?:road|street|a\\d+)", "\\bstranger found",
                    "\\bfound (?:by (?:a |an |the )?[\\w ]{1,20} )?wandering", "\\bwandering (?:near|around|outside|the streets|at night)",
                    "\\boutside in (?:her|his|their) (?:nightie|nightdress|night ?clothes|pyjamas|dressing gown)")),
            new RiskCue(RiskKind.DANGER, Cue.of("says a particular person is not safe or needs protecting",
                    "\\b(?:will not|won't|wouldn't|would not|is not|isn't|wasn't|not) (?:be )?safe (?:at home|there|with (?:him|her|them))",
                    "\\bwill not be safe", "\\bwon't be safe", "\\bactually safe",
                    "\\bkeep(?:ing)? (?:her|him|them|us|me|my \\w+|the (?:child|children|kids)) safe", "\\bprotect (?:us|her|him|them|me|my \\w+)\\b",
                    "\\bat risk\\b", "\\bin danger\\b", "\\bunsafe (?:care|transfer|handling|at home|discharge)", "\\brefuge\\b",
                    "\\bturned up (?:outside|at) (?:my|our|her|his|the) (?:house|home|door|school|flat)", "\\bat the school gate",
                    "\\bunsupervised contact", "\\bnot allowed (?:unsupervised )?contact", "\\bconviction for (?:violence|assault)",
                    "\\bhistory of (?:violence|abuse)", "\\bpolice (?:are|were|have been) (?:involved|called)", "\\bin crisis\\b",
                    "\\banything could have happened", "\\bsomething (?:awful|terrible|bad) (?:will |is going to |might )?happens? to",
                    "\\bbefore something (?:awful|terrible|bad) happens", "\\bterrified\\b", "\\b(?:frightened|scared) of (?:him|her|them)\\b",
                    "\\bstill looking for (?:them|her|him)", "\\b(?:hoist|sling)\\b[^.]{0,40}\\b(?:slipped|dropped|fell)", "\\bsling slipped",
                    "\\bonly one carer", "\\b(?:smelled|smelt|smelling|stank|stinking) of (?:alcohol|drink|booze|cannabis|weed)",
                    "\\bdrunk\\b[^.!?]{0,60}\\b(?:kids|children|child|baby|contact|driving|drove|behind the wheel|caring|looking after)\\b",
                    "\\b(?:kids|children|child|baby|contact|driver|carer)\\b[^.!?]{0,60}\\bdrunk\\b",
                    "\\bunder the influence", "\\bdangerously (?:high|low|ill|unwell|thin)")),
            new RiskCue(RiskKind.VULNERABILITY, Cue.of("describes a vulnerable person",
                    "\\bdementia", "\\blearning (?:disabilit|difficult)\\w*", "\\bconfused\\b", "\\bforgetful\\b", "\\bdiabet\\w*",
                    "\\bin (?:her|his|their) (?:80s|90s|eighties|nineties)\\b", "\\b(?:couldn't|could not|can't) remember (?:her|his|their) own", "\\blives? (?:alone|on (?:his|her|their) own)",
                    "\\bfalls\\b", "\\b(?:had|has had|have had) (?:a )?(?:bad )?fall", "\\bfell (?:over|down|at home)", "\\bfalling at home",
                    "\\bfallen (?:again|over|at home)", "\\bfrail\\b", "\\bin (?:a lot of )?pain\\b", "\\bcan't cope", "\\bunable to (?:manage|cope)",
                    "\\bcognitive decline", "\\bdrinking (?:heavily|again)", "\\bwithdrawn\\b", "\\bdistress\\w*", "\\bnot coping",
                    "\\bself-?neglect", "\\bvulnerable\\b", "\\bschizophreni\\w*", "\\bpsychosis", "\\bcentiles?\\b",
                    "\\brefused (?:entry|access) to the (?:home|house|flat)", "\\bmissed (?:\\w+ )?appointments", "\\bfrightened\\b", "\\bscared\\b",
                    "\\bno (?:heating|hot water|electricity|food in the (?:house|flat))", "\\bvery thin\\b", "\\b(?:no|doesn't have any|does not have any) family",
                    "\\b(?:old|elderly) (?:man|lady|woman|gentleman|couple|neighbour)", "\\bhousebound", "\\bliving in one room", "\\bhungry\\b", "\\bsores?\\b", "\\blost (?:a lot of |so much )?weight",
                    "\\b(?:haven't|hasn't|not) seen (?:anyone|anybody) (?:visit|call)")));

    // ---------------------------------------------------------------------------------------------------------------
    // Exclusion rules
    // ---------------------------------------------------------------------------------------------------------------

    static final Cue PARTNER_PROFESSIONAL = Cue.of("is from a professional in a partner organisation",
            "\\b(?:writing|write) as (?:the|a|an|his|her|their) (?:\\w+ )?(?:gp|doctor|consultant|nurse|health visitor|midwife|therapist|psychiatrist|paediatrician|practitioner|police officer|head ?teacher|clinician)",
            "\\b(?:email|e-mail|letter|referral|call|message|report) (?:received )?from (?:a|an|the|their) (?:[\\w-]+ ){0,3}(?:health visitor|gp|doctor|consultant|nurse|midwife|discharge (?:co-?ordinator|team|nurse)|hospital|police|school nurse|camhs|probation|paediatrician|therapist|nhs)",
            "\\bnhs (?:foundation )?trust", "\\b(?:my|our) (?:clinical|professional) (?:opinion|view|judgement|assessment)",
            "\\bour (?:practice|surgery)\\b", "\\bgp partner", "\\bhospital (?:therapy|discharge|social work) team", "\\bthe gp (?:of|for)\\b",
            "\\b(?:from|caller is|i am|i'm|we are) (?:a|an|the|their|her|his) (?:[\\w'-]+ ){0,3}(?:gp|doctor|consultant|nurse|health visitor|midwife|therapist|psychiatrist|psychologist|paediatrician|"
                    + "police (?:officer|sergeant|constable)|probation officer|housing officer|tenancy officer|support officer|social prescriber|school nurse|head ?teacher|senco|clinician|"
                    + "designated safeguarding lead|dsl)\\b",
            "\\b(?:probation service|housing association|district council|police service|constabulary|ambulance service|mental health trust)\\b");
    static final Cue PROFESSIONAL_DISAGREEMENT = Cue.of("disagrees with the council's professional decision",
            "\\bdisagree\\w*", "\\bdisput\\w*", "\\bescalat\\w*", "\\bthreshold", "\\breconsider\\w*", "\\bjoint review",
            "\\bchalleng\\w* (?:the|this|your) (?:decision|assessment|outcome|view)", "\\b(?:do|does) not (?:agree|believe|accept)", "\\bmulti-?agency",
            "\\b(?:don't|doesn't) (?:agree|accept)\\b", "\\b(?:fresh|new|second) (?:decision|assessment|look)\\b", "\\b(?:team manager|senior manager|manager) (?:to )?reviews?\\b",
            "\\bjoint meeting");

    static final Cue LEGAL = Cue.unlessNegated("mentions legal action, a claim for damage or injury, or judicial review",
            "\\bsolicitors?\\b", "\\blegal (?:action|proceedings|claim|advice|team|representatives?)", "\\blawyers?\\b", "\\bbarristers?\\b",
            "\\b(?:high|county|crown|small claims) court\\b", "\\b(?:my|our|home|house|car|buildings|contents) insurance\\b",
            "\\b(?:recover|recovering|reclaim|reclaiming|claw back) (?:the |their |our |my )?(?:cost|costs|money|damages?|excess) from (?:you|the council)",
            "\\b(?:want|wants|wanting|going|intend|intends|plan|plans|like) to claim\\b",
            "\\bclaim (?:back )?(?:for )?(?:the |my |her |his |our |their )?(?:[\\w-]+ )?(?:costs?|expenses|bills?|losses|earnings|wages|treatment|repairs?)\\b", "\\bjudicial review", "\\bpre-?action", "\\bletter before (?:action|claim)",
            "\\b(?:will|going to|i'll|we'll|could|can|intend to|threaten(?:ed|ing)? to|right to) sue\\b", "\\bsuing\\b",
            "\\b(?:make|making|submit|put in|file|lodge) a claim", "\\bclaim form", "\\b(?:car|van|vehicle|bike|tyre|wheel) (?:was|has been|got) (?:damaged|written off)",
            "\\bdamaged my (?:car|van|vehicle|bike|tyre|wheel)", "\\bsmall claims", "\\btake (?:you|the council|this|it) to court", "\\bcourt (?:claim|proceedings)",
            "\\bclaim (?:for|against) (?:the council|you|personal injury|compensation|damages|the damage|the cost)", "\\bpersonal injury",
            "\\bcompensation claim", "\\b(?:seek|seeking|claim|claiming|want|entitled to|pay(?: me| us)?) compensation", "\\bnotice of (?:a )?claim",
            "\\binsurers?\\b", "\\b(?:pay|pay out|reimburse|compensate|cover the cost)(?: me| us)? for (?:the |my |our )?(?:damage|repair|repairs|new tyres?|tyres?|wheel|windscreen|window)",
            "\\bdamage to (?:my|our) (?:car|tyre|wheel|vehicle|window|property|van|bike)",
            "\\b(?:wrecked|damaged|burst|ripped|cracked|smashed) (?:my|our|the) (?:[\\w-]+ )?(?:tyres?|wheel|car|windscreen|window|bike)");

    static final Cue APPEALS = Cue.unlessNegated("asks to appeal",
            "\\b(?:to|will|going to|wish to|want to|like to|intend to|can i|can we|how do i|how do we|how can i|lodge|lodging|submit|submitting|make|making|an|our|my) appeal\\b",
            "\\bappeal (?:against|the|this|that|my|our|his|her|for)\\b", "\\bappealing (?:against|the|this)\\b", "\\bappeals? (?:process|form|hearing|panel)",
            "\\bchalleng\\w* (?:the|this|that|a|an|our|my|his|her|their) (?:refusal|decision)\\b");
    static final Cue ADMISSIONS = Cue.of("is about a school place",
            "\\bschool place", "\\b(?:a|any|no) place (?:at|for)\\b", "\\brefus\\w* (?:of )?a (?:\\w+ )?place", "\\b(?:reception|year (?:7|seven)|primary|secondary) place",
            "\\bpreferences?\\b", "\\ballocated (?:a|an|the)? ?(?:school|place)", "\\bcatchment", "\\badmissions?\\b", "\\bin-?year", "\\boversubscribed");
    static final Cue TRAVEL = Cue.of("is about school transport", "\\btransport", "\\bbus\\b", "\\btaxi", "\\bwalking route", "\\btravel");
    static final Cue DECISION = Cue.of("is about a decision",
            "\\bdecision", "\\brefus\\w*", "\\bturned down", "\\brejected", "\\b(?:not|in)eligible", "\\bdeclined", "\\bpenalty", "\\bpcns?\\b", "\\bticket", "\\bfine\\b");
    static final Cue REFUSED_APPLICATION = Cue.of("says an application was refused",
            "\\b(?:refus(?:ed|ing|al of)|declin(?:ed|ing)|reject(?:ed|ing)|turn(?:ed|ing) down) (?:of )?(?:my|our|his|her|their|the|a|an)? ?(?:[\\w'-]+ ){0,3}(?:application|badge|permit|pass|claim|request|planning|place|transport|licence|bursary|grant)",
            "\\b(?:application|badge|permit|pass|claim|licence|request|bursary|grant)\\b[^.?!]{0,60}\\b(?:has been |have been |was |were |had been )?(?:refused|rejected|turned down|declined)\\b");
    static final Cue REVIEW_ASKED = Cue.of("asks for the decision to be looked at again",
            "\\b(?:looked at|considered|reviewed) again", "\\breconsider\\w*", "\\b(?:review|overturn|challenge) (?:of )?(?:the|this|my|our|that) (?:decision|refusal)", "\\btribunal",
            "\\boverturn\\w*", "\\b(?:someone|somebody) else (?:to )?(?:look at|review|check|decide)", "\\b(?:decision|refusal|it|this) (?:to )?be (?:reviewed|looked at again)",
            "\\b(?:do not|don't|cannot|can't) accept (?:the|your|this|that) (?:decision|reasons?|refusal|outcome)", "\\blook at (?:it|this|my case|the decision) again");
    static final Cue PARKING_PENALTY = Cue.of("is about a parking penalty",
            "\\bpcns?\\b", "\\bpenalty charge", "\\bparking (?:ticket|fine|charge notice)", "\\bpenalty notice");
    static final Cue CHALLENGES_PENALTY = Cue.unlessNegated("asks for it to be cancelled (a penalty has its own appeal route)",
            "\\bcancel\\w*", "\\bchalleng\\w*", "\\bcontest\\w*", "\\bdisput\\w*", "\\bwrongly issued", "\\boverturn\\w*",
            "\\bshould(?:n't| not) have been (?:issued|given)", "\\bquash\\w*", "\\bwaive\\w*", "\\bappeal\\w*");

    static final Cue MP = Cue.of("mentions an MP", "\\bmps?\\b", "\\bmember of parliament");
    static final Cue COUNCILLOR = Cue.of("mentions a councillor", "\\bcouncill?ors?\\b", "\\bcllr\\b", "\\belected members?\\b");
    static final Cue CONDUCT = Cue.of("is about their own conduct",
            "\\bbehav\\w*", "\\bconduct\\b", "\\boffensive", "\\binsult\\w*", "\\brude\\b", "\\bshout\\w*", "\\babus\\w*", "\\bracis\\w*", "\\bsexis\\w*",
            "\\bhomophob\\w*", "\\bremarks?\\b", "\\bfacebook", "\\btwitter", "\\bsocial media", "\\bconflict of interest", "\\bdeclar\\w* (?:an |any |his |her )?interest",
            "\\b(?:hasn't|has not|never|didn't|did not|won't|doesn't|does not)(?: once| even| ever)?(?: (?:bothered|bother|bothering) to)? (?:replied|responded|answered|reply|respond|answer|got back|acknowledged|acknowledge)",
            "\\b(?:no|not a|not one) (?:reply|response|answer|acknowledge?ment)\\b", "\\bgot nothing back", "\\bmock\\w*", "\\bdrunk\\b", "\\bswor(?:e|n)\\b", "\\bswearing",
            "\\b(?:tiktok|instagram|youtube|whatsapp|posted|posting|tweet\\w*)\\b",
            "\\b(?:brother|sister|wife|husband|son|daughter|partner|relative|friend|cousin)(?:-in-law)?'?s? (?:owns|runs|works for|company|firm|business)\\b",
            "\\bignor(?:ed|es|ing)\\b", "\\bmisconduct", "\\bcomplain\\w* about (?:him|her|them|the councill?or|my councill?or|our councill?or|councill?or|cllr|the mp|my mp|our mp)",
            "\\bhysterical", "\\bbull(?:y|ied|ying)\\b", "\\blie[sd]?\\b", "\\bliar\\b", "\\bmislead\\w*", "\\bunprofessional", "\\bdisrespectful",
            "\\bclaim(?:ed|ing|s)? (?:the )?credit", "\\bnewsletter", "\\bsaid on (?:the )?(?:radio|tv|television)", "\\bradio\\b", "\\bashamed",
            "\\bautomated repl", "\\bmake (?:him|her|them) (?:respond|reply)", "\\bpart of the job", "\\belection time");

    static final Cue SCHOOL_STAFF_OR_DECISION = Cue.of("is about an individual school's staff or decisions",
            "\\bhead ?teachers?\\b", "\\bhead ?(?:mistress|master)\\b", "\\bdeputy head", "\\bform tutor", "\\bheads? of year",
            "\\b(?:isolation|behaviour policy|detentions?)\\b", "\\bthe school (?:has|have) (?:banned|excluded|refused|put)", "\\bschool (?:has )?banned", "\\bteachers?\\b", "\\bteaching assistant", "\\bgovernors?\\b", "\\bsenco\\b",
            "\\bacademy\\b", "\\buniform (?:supplier|policy|rules)", "\\bbull(?:ied|ying|y)\\b",
            "\\b(?:excluded|exclusion|suspended|expelled|detention)\\b",
            "\\bthe school (?:keeps?|say|says|said|won't|will not|refuses?|refused|excluded|told|is saying|are saying)\\b");
    static final Cue COUNCIL_SCHOOL_SERVICE = Cue.of("is about a council service for schoolchildren",
            "\\btransport", "\\btaxi", "\\bminibus", "\\bbus pass", "\\behcp?\\b", "\\behc (?:plan|needs)", "\\bsend (?:team|service|caseworker|casework|support|needs|provision|tribunal|process)",
            "\\bspecial educational", "\\badmissions?\\b", "\\bschool place", "\\bin-?year", "\\bappeal", "\\bcrossing patrol", "\\bterm dates", "\\bcatchment");

    static final Cue HIGHWAY_DEFECT = Cue.of("reports a fault on the road or pavement",
            "\\bpot ?holes?\\b", "\\bcraters?\\b",
            "\\bstreet ?lights?\\b[^.?!]{0,60}\\b(?:not working|out\\b|broken|flashing|flickering|faulty|off\\b|stays? on|on all day|on during the day|dark|damaged|knocked)",
            "\\b(?:street ?lamps?|lamp ?posts?|lamp columns?|light columns?)\\b[^.?!]{0,60}\\b(?:not working|out\\b|broken|flashing|flickering|faulty|off\\b|damaged|knocked|leaning|hit\\b|clipped|bent|hanging|sparking|exposed wires)",
            "\\btraffic lights?\\b[^.?!]{0,60}\\b(?:not working|stuck|broken|faulty|out\\b|off\\b)",
            "\\bholes? in the (?:road|pavement|footpath|footway|carriageway|cycle (?:lane|path))", "\\bslabs? (?:has |have |is |are )?(?:sunk|sunken|lifted|broken|cracked|loose|raised|missing)\\b",
            "\\b(?:drains?|gull(?:e)?ys?|grids?)\\b[^.?!]{0,40}\\b(?:blocked|overflowing|flooding|collapsed|cover|full of|silted)", "\\bblocked (?:drains?|gull(?:e)?ys?)",
            "\\b(?:missing|broken|lifted|loose|cracked) (?:drain|manhole|grid|gull(?:e)?y) covers?", "\\bmanhole\\b",
            "\\bfallen (?:tree|branch)", "\\btrees? (?:down|fallen|blocking)", "\\bbranch(?:es)? (?:down|blocking|hanging)",
            "\\b(?:flood(?:ed|ing)?|water|puddle) (?:right )?(?:across|on|over) the (?:road|carriageway|footpath|pavement)", "\\b(?:road|lane|street|junction|underpass|footpath|pavement|carriageway)\\b[^.?!]{0,40}\\b(?:is |are )?flooded\\b", "\\bflooded (?:up to|to) the kerb",
            "\\b(?:raised|broken|cracked|uneven|loose|wobbly|sunken|lifting) (?:paving )?slabs?", "\\bpavement (?:is )?(?:broken|lifting|cracked|uneven|collapsed)",
            "\\b(?:sign|signs|signpost|bollard|bollards|barrier|railings?)\\b[^.?!]{0,60}\\b(?:has been |have been |was |is |are )?(?:knocked (?:over|down|flat)|flattened|damaged|missing|broken|hanging|bent|twisted)\\b",
            "\\b(?:oil|diesel|debris|glass|gravel|mud) (?:spill )?(?:on|across|all over) the road", "\\bsinkhole", "\\broad (?:has )?collapsed",
            "\\broad markings (?:are )?(?:worn|faded|missing)");
    static final Cue REPORTED_BEFORE = Cue.of("says it was reported before or has gone on for a while",
            "\\breported (?:it|this|them|the \\w+)? ?(?:before|already|previously|back|twice|" + NUMBER_OF_TIMES + "|in\\b|last|on|months|weeks|ages)",
            "\\b(?:first|already|previously) reported", "\\b(?:still|again)\\b", "\\bsince (?:" + MONTH + "|last (?:year|month|week|" + SEASON + ")|the " + SEASON + ")",
            "\\b(?:weeks|months|years) ago", "\\bfor (?:weeks|months|years|ages|(?:\\w+ )(?:weeks|months|years))\\b", "\\b(?:last|past) \\d+ months",
            "\\bref(?:erence)?s?\\b", "\\bchas(?:e|ed|ing)\\b", "\\bevery (?:winter|year|time|few)\\b", "\\bnothing (?:has )?(?:happened|been done)",
            "\\b(?:reporting|online) (?:map|system|form|tool|website|app)", "\\b(?:fixed|repaired|cleared|filled|mended) (?:the|it|them|within|quickly)",
            "\\bhas (?:actually )?been (?:fixed|repaired|cleared)", "\\bhow many", "\\bcomplain");

    static final Cue ASKS_FOR_INFORMATION = Cue.of("asks for information or an explanation of a policy",
            "\\b(?:can|could|would) you (?:please )?(?:tell|let) (?:me|us)\\b", "\\bplease (?:can|could) you (?:tell|let) (?:me|us)\\b",
            "\\b(?:can|could|would) you (?:please )?explain", "\\bplease explain", "\\b(?:can|could) (?:someone|somebody) (?:please )?(?:tell|explain)",
            "\\bhow (?:do|can) (?:i|we) (?:find out|check|know|tell)\\b", "\\bfind out (?:if|whether|when|what|how)\\b",
            "\\bwhat (?:are|is) the (?:opening|criteria|rules|policy|process|procedure|cost|costs|fee|fees|charges?|deadline|times|hours)",
            "\\bwhat criteria", "\\bhow many\\b", "\\bhow much (?:did|does|do|has|have|is|was|will)\\b", "\\bdo (?:i|we) need to\\b",
            "\\bwho (?:gave|decided|authorised|approved|is responsible|agreed)", "\\bwho (?:do|should|can) (?:i|we) (?:speak|talk|contact|ring|write)",
            "\\bhow long (?:is it going to|will it|does it) take", "\\b(?:i'd|i would|we'd|we would) like to (?:know|understand)\\b",
            "\\b(?:i|we) need to know\\b", "\\b(?:a |proper |full )?breakdown\\b", "\\bwhere (?:does|do|did) (?:the|our|my) money go",
            "\\bwhat (?:is|are) (?:the (?:county )?council|you) (?:actually )?spending", "\\bis it true\\b", "\\bwhat is (?:your|the council's) policy",
            "\\b(?:confirm|clarify|advise|let (?:me|us) know) (?:whether|if|what|when|how|who|which)\\b", "\\bwhat time (?:does|do|is|are|will)\\b",
            "\\b(?:when|what time) (?:does|do|is|are|will) (?:the )?[\\w' ]{1,30} (?:open|close|shut|reopen)\\b",
            "\\b(?:is|are) there (?:a|an|any) (?:limit|charge|fee|way|rule|deadline|age limit)",
            "\\b(?:do|does) (?:you|the (?:county )?council) still (?:run|offer|provide|do)\\b",
            "\\b(?:customer|caller) (?:asked|asking|asks|enquir\\w*|inquir\\w*|wants to know|wanted to know|would like to know) (?:what|when|whether|if|how|who|where|which|why)\\b");
    static final Cue DEMANDS_PUT_RIGHT = Cue.of("asks for something to be put right",
            "\\bi want (?:it|this|them|that|the \\w+) (?:fixed|sorted|removed|corrected|withdrawn|cancelled|reinstated|refunded|paid|put back)",
            "\\b(?:a|an|my) (?:apology|refund)", "\\brefund", "\\bcompensat", "\\b(?:an|a full|a proper) explanation");

    static final Cue ASKS_FOR_SERVICE = Cue.of("asks for a service",
            "\\bcan (?:i|we) (?:get|have|apply|book|order|request|arrange)\\b", "\\b(?:i'd|i would|we'd|we would) like to (?:request|order|book|apply for|arrange)",
            "(?<!do )\\b(?:i|we) (?:need|want) to (?:book|apply|order|arrange)\\b", "\\bregister (?:a|the|my|our|his|her) (?:[\\w']+ )?(?:birth|death|baby)", "\\bhow (?:do|can) (?:i|we) (?:apply|get|book|order|register|request)",
            "\\bplease (?:can you |could you |can someone |could someone |can somebody |could somebody )?(?:send|empty|collect|come|arrange|book|install|assess|remove|replace|provide|visit)\\b",
            "\\b(?:could|can|would) (?:somebody|someone|you) (?:please )?(?:come|ring|call|visit|assess|send|book|arrange|collect|empty|post|replace|issue|renew|fit|install|remove|clear|shift|move|take away|pick up)\\b",
            "\\b(?:could|can) (?:we|i) (?:have|get) (?:someone|somebody|a \\w+) (?:out|round|to (?:come|visit|look|call))\\b",
            "\\b(?:customer|caller) (?:is )?(?:requesting|requests|would like|wants|needs) (?:a|an) (?:new |replacement |duplicate )?\\w+",
            "\\b(?:post|send) (?:a|me a) (?:new|replacement) (?:one|card|pass|badge|permit)",
            "\\brequest (?:a|an) (?:\\w+ )?(?:bin|assessment|visit|appointment|badge|pass|permit|collection)", "\\bapply for (?:him|her|them)\\b",
            "\\bwhat do (?:i|we) need to do", "\\bneeds? (?:carers|a care assessment|an assessment|help at home|a pendant alarm)");
    static final Cue DISTRICT_SERVICE = Cue.of("is about a service the district or city council provides",
            "\\b(?:green|black|blue|brown|grey|recycling|general waste|wheelie|garden waste|food waste) bins?\\b[^.?!]{0,60}\\b(?:collect\\w*|empt\\w*|missed)",
            "\\bbins? (?:wasn't|weren't|was not|were not|not|hasn't been|haven't been|have not been|has not been) (?:collected|emptied)",
            "\\bmissed (?:bin|collection)", "\\bbin collection", "\\bcouncil house", "\\bhousing (?:benefit|officer|repair)",
            "\\bnoise (?:nuisance|complaint)", "\\bdog fouling", "\\bcouncil tax (?:bill|reduction|single person|arrears)");

    // ---------------------------------------------------------------------------------------------------------------
    // Process: data protection is decided by a rule; the other three by the classifier.
    // ---------------------------------------------------------------------------------------------------------------

    static final Cue PERSONAL_INFORMATION = Cue.of("is about how personal information was handled",
            "\\bsubject access", "\\bd?sars?\\b", "\\bdata protection",
            "\\b(?:photos?|pictures?|videos?|recordings?|images?)\\b[^.]{0,60}\\b(?:own|personal) (?:mobile|phone|device)",
            "\\bwhere (?:they|it|my \\w+|the \\w+) (?:would|will|are|is) (?:be )?(?:kept|stored|held)\\b", "\\bpersonal (?:data|information|details)", "\\bgdpr\\b", "\\bico\\b", "\\binformation commissioner",
            "\\bdata (?:breach|rights)", "\\bbreach of my (?:data|privacy)", "\\bredact\\w*", "\\bconfidential\\w*",
            "\\b(?:looking at|looked at|accessed|accessing) (?:my|her|his|their) (?:\\w+ )?(?:records|file)", "\\bwho has accessed",
            "\\b(?:sent|posted|emailed|e-mailed|addressed|delivered|gave|given|disclosed|shared|passed) (?:[\\w']+ ){0,5}(?:to (?:the wrong|my neighbour|an old|my old|her birth|his birth|her ex|his ex|my ex)|wrong address)",
            "\\b(?:address|details|information|records?|diagnosis|medical|file)\\b[^.]{0,60}\\b(?:by mistake|in error|without (?:my|her|his|their|our) (?:consent|permission|knowledge|agreement))",
            "\\b(?:by mistake|in error|without (?:my|her|his|their|our) (?:consent|permission|knowledge))\\b[^.]{0,60}\\b(?:address|details|information|records?|diagnosis)\\b",
            "\\baddressed to my neighbour",
            "\\b(?:you|they|the council|your [\\w ]{1,30}(?:team|service|officer|department|staff)) (?:have |has )?(?:sent|posted|emailed|gave|shared|disclosed|forwarded) (?:my|her|his|our|their) (?:[\\w']+ )?(?:assessment|records?|details|information|file|report|letters?|address|data|diagnosis) to\\b", "\\bemail addresses? (?:were |was )?visible", "\\beveryone's email", "\\bin the ['\"]?to['\"]? box",
            "\\b(?:published|shared|disclosed|passed on|gave out|given out|printed|posted online) (?:\\w+ ){0,2}(?:my|her|his|our|their) (?:[\\w']+ ){0,2}(?:name|address|details|medical|condition|information|records|diagnosis)",
            "\\b(?:copy|copies) of (?:all )?(?:the )?(?:information|data|records|files?|personal data) (?:that )?(?:the council |you |your \\w+ )?(?:holds?|have|has|keeps?|kept) (?:about|on) (?:me|him|her|us|my)",
            "\\b(?:my|her|his|our) (?:new )?address (?:must not|should not|shouldn't|was|were) (?:be )?(?:shared|printed|disclosed|given)",
            "\\baddress printed", "\\b(?:my|her|his) (?:name|(?:home )?address)[^.]{0,60}\\bpublished", "\\btold my (?:line manager|employer|neighbours?|ex)",
            "\\bunsubscrib\\w*", "\\bmailing list", "\\blaptop\\b[^.]{0,60}\\bstolen", "\\bencrypt\\w*", "\\bcould hear\\b",
            "\\bthat is (?:her|his|their|my) personal", "\\bcorrected under", "\\brecords? (?:says?|said|states?) (?:i|that i)");

    static final Cue ADULT_CARE = Cue.of("is about care and support for an adult",
            "\\badult social care", "\\badult services", "\\badults? (?:team|social work|social worker)",
            "\\b(?:breakfast|lunch|tea|teatime|bedtime|morning|evening|night) (?:call|visit)s?\\b", "\\b(?:her|his|my|the) carers\\b", "\\bcare home", "\\bnursing home", "\\bresidential care", "\\bhome care",
            "\\bcare (?:package|agency|calls?|review|charges?|plan review)", "\\bcarers? (?:visit|visits|turned up|turn up|come|came|arranged|from the agency)",
            "\\bdirect payments?", "\\bfinancial assessment", "\\bcarer's assessment", "\\breablement", "\\brespite", "\\bcare act\\b",
            "\\boccupational therapist", "\\bdeferred payment", "\\btop-?up\\b", "\\bday (?:service|centre)", "\\bbest interests",
            "\\bpower of attorney", "\\blpa\\b", "\\bbrokerage", "\\bhoist", "\\bsupport plan", "\\blevel access shower",
            "\\bstair ?lift", "\\bgrab rails", "\\bpersonal assistant", "\\bturned 18", "\\bpreparing for adulthood", "\\bservice user",
            "\\bschizophreni\\w*", "\\bbipolar", "\\bsupported living", "\\b(?:1:1|one[- ]to[- ]one) support", "\\bsupport workers?", "\\blearning disabilit", "\\bpsychosis", "\\bcommunity mental health", "\\bmental health social worker",
            "\\b(?:charged?|bill(?:ed)?|pay) for (?:my |his |her |their )?(?:home )?care", "\\bdementia", "\\bdischarged? from",
            "\\b(?:my|our|his|her) (?:mum|mother|dad|father|husband|wife|aunt|uncle|mother-in-law|father-in-law|gran|grandmother|grandfather|partner)'?s? (?:care|carers|social worker|review|assessment|support)",
            "\\b(?:mum|mother|dad|father|husband|wife|aunt)\\b[^.]{0,40}\\b(?:care|carers|social worker|assessment|review)\\b");
    static final Cue CHILD_CARE = Cue.of("is about children's social care",
            "\\bfoster(?:ing|ed)?\\b", "\\bcare leavers?", "\\b(?:leaving|left|leave) care\\b", "\\bsetting[- ]up[- ]home", "\\bcontact worker", "\\blooked after", "\\bin care\\b", "\\bgo(?:ne|ing)? into care",
            "\\bchildren's (?:services|social care|social work|home|disability team|social worker|centre)", "\\bchild protection", "\\bchild in need",
            "\\bspecial guardian\\w*", "\\badopt(?:ed|ion|ive)\\b", "\\bpost-adoption", "\\bsection 20\\b", "\\bindependent reviewing officer",
            "\\bpersonal adviser", "\\bsupervised contact", "\\bcontact with (?:my|our|the) (?:kids|children|son|daughter|grandson|granddaughter)",
            "\\bcorporate parent", "\\bsetting up home allowance", "\\bshort breaks", "\\bdisabled children", "\\bchild and family assessment",
            "\\bparenting", "\\bplacement plan", "\\bfamily centre", "\\bcontact (?:centre|arrangements|visits|sessions)",
            "\\b(?:children|kids|son|daughter|grandchildren) (?:to )?(?:have|having) contact with", "\\bsupported lodgings", "\\bcore group", "\\bfamily's social worker",
            "\\b(?:my|our|her|his) (?:son|daughter|child|children|kids|grandson|granddaughter|nephew|niece)'?s? social worker",
            "\\b(?:i'm|im|i am) (?:a care leaver|in care)\\b");

    // ---------------------------------------------------------------------------------------------------------------
    // Type signals: features for the classifier and words for its reasons.
    // ---------------------------------------------------------------------------------------------------------------

    static final Cue PRAISE = Cue.of("thanks someone or praises a service",
            "(?<!many )\\bthank(?:ing|ful)?\\b(?! in advance)", "(?<!many )\\bthanks\\b(?! in advance)(?![ .!,]*(?:[a-z]+[ .!]*)?$)", "(?<!be )(?<!be very )(?<!be most )(?<!be really )\\bgrateful\\b(?! if)", "\\bwell done", "\\bcommend", "\\bpraise", "\\bbrilliant", "\\bexcellent", "\\boutstanding",
            "\\bwonderful", "\\bfantastic", "\\bamazing", "\\bsuperb", "\\bgreat (?:job|work|service)", "\\bcredit to", "\\blifeline\\b(?! (?:alarm|pendant|service|call))", "\\bshout ?out",
            "\\bkind\\b(?! regards)", "\\bhelpful\\b", "\\bsupportive", "\\bsupported (?:me|us|we've felt)", "\\bwe've felt", "\\bcouldn't have asked for more",
            "\\bwell done", "\\bbrilliant", "\\bgreat\\b", "\\bpatient\\b", "\\bmade (?:such )?a (?:real |huge |big )?difference", "\\babove and beyond", "\\blovely",
            "\\bdelighted", "\\bcheers\\b", "\\btop marks", "\\bhats off", "\\bkudos", "\\b(?:a|such a) (?:huge|great|big|real|massive) improvement", "\\bappreciat\\w*", "\\b(?:she's|he's|she is|he is|you're|they're|they are) the best\\b", "\\bhighlight of", "\\bbeautifully",
            "\\bkilling it\\b", "\\b(?:a|an absolute|such a|real) star\\b", "\\bbest (?:\\w+ ){0,2}(?:ever|of (?:our|my|the) (?:week|day|year))", "\\bobsessed with");
    static final Cue IDEA = Cue.of("puts forward an idea",
            "\\bsuggest\\w*", "\\bidea\\b", "\\bwhy not\\b", "\\bhow about\\b", "\\bcould (?:the council|libraries|the \\w+ (?:be|add|run|set|offer|put|install|lend|let|use|make))\\b",
            "\\bcould you (?:add|put|install|introduce|make|offer|run|set up|consider|create|publish|extend|open|plant|provide more)\\b",
            "\\b(?:would|could|can|will) (?:the council|you) (?:please )?consider", "\\bconsider (?:putting|adding|installing|introducing|using|offering|setting|making|running|opening)",
            "\\bit(?:'d| would) be (?:really |very |so )?(?:good|great|nice|useful|helpful|better)\\b",
            "\\bit might (?:help|be (?:good|useful|helpful|worth))", "\\bwhat about\\b",
            "\\bcould (?:the|our|your) (?:[\\w-]+ ){1,4}(?:have|be|add|run|set up|offer|put|install|lend|let|use|make|get|open|provide)\\b",
            "\\bwould (?:it )?be (?:really |very |so |much )?(?:great|useful|helpful|good|nice|a good idea|a godsend|easier|better|safer|cheaper) (?:if|to|for)", "\\bit would (?:help|make|save|be (?:great|useful|good|cheaper))",
            "\\bplease consider", "\\bhave you thought", "\\bperhaps\\b", "\\bshould think about", "\\bpartner with", "\\bhappy to (?:talk|help|do)",
            "\\bthe council could", "\\bcould be (?:made|advertised|set up|offered)", "\\bwould save",
            "\\bjust a thought", "\\b(?:wouldn't|would not) it (?:make (?:more )?sense|be (?:better|easier|good|great|sensible|simpler))", "\\bmakes? (?:more )?sense to\\b");
    static final Cue POLICY = Cue.of("comments on a council policy, decision or budget",
            "\\bobject(?:ion)?\\b", "\\boppos(?:e|ed|es|ing|ition)\\b", "\\bproposals?\\b", "\\bproposed", "\\bconsultation", "\\bpolicy", "\\bdecision to\\b",
            "\\bcuts?\\b", "\\bcutting\\b", "\\bclos(?:ing|ure|ures)\\b", "\\b(?:to|will|plan to|plans to|decision to|proposal to) close\\b",
            "\\b(?:i am|i'm|we are|we're) (?:against|opposed to)\\b", "\\bplans? to (?:turn off|switch off|close|cut|remove|scrap|reduce|introduce|charge|stop|move)", "\\bscrap(?:ped|ping)?\\b", "\\breinstate", "\\breverse\\b", "\\bbring (?:it )?back",
            "\\brestore", "\\bbudgets?\\b", "\\bspend(?:ing)?\\b", "\\bfunding", "\\bcharges?\\b", "\\bcharging\\b", "\\bfees?\\b", "\\bunfair",
            "\\bwaste (?:of )?money", "\\bshould (?:not|never|stop|restore|be (?:scrapped|changed|reviewed|restored|extended|brought back))",
            "\\beligibility", "\\bopening hours", "\\bthe council should", "\\blobby\\w*", "\\bfalse economy", "\\bplease (?:don't|do not)\\b",
            "\\bwrong decision", "\\bthe council's decision");

    /** Praise that is really a complaint ("Well done ... dug up again. Bravo."), and officials quoted back. */
    static final Cue IRONY = Cue.of("praises ironically",
            "\\bbravo\\b", "\\bthanks for nothing", "(?<!thank you )(?<!thanks )\\bso much for\\b", "\\bwhat a joke", "\\boh (?:great|brilliant|well done)",
            "\\bonly took\\b", "\\bshows where our money goes", "\\bbrilliant (?:co-?ordination|planning|idea)\\b", "\\bone way of\\b",
            "\\btruly outstanding", "\\bwell done\\b[^.!?]{0,80}\\bagain\\b",
            "\\b(?:great|brilliant|fantastic|wonderful|thanks|thank you)\\b[^.!?]{0,80}\\b(?:no warning|without (?:any )?(?:notice|warning)|(?:second|third|fourth|fifth) (?:time|weekend|week|day|month)|running\\b|again\\b)");
    static final Cue QUOTES_OFFICIALS = Cue.of("quotes what staff said",
            "(?<![a-z])'[a-z][a-z ,]{2,40}'(?![a-z])");

    private TriageRules() {
    }

    static Result evaluate(TriageText text) {
        boolean dissatisfied = DISSATISFIED.isIn(text);
        boolean complains = COMPLAINS.isIn(text);
        boolean aboutCouncilService = ABOUT_COUNCIL_SERVICE.isIn(text);

        List<String> safeguarding = new ArrayList<>();
        Set<RiskKind> kinds = safeguarding(text, safeguarding);
        boolean riskReport = kinds.stream().anyMatch(RiskKind::isReportable);

        boolean notAComplaintAboutAService = !complains && !aboutCouncilService && !dissatisfied && !OTHER_PURPOSE.isIn(text)
                && !PERSONAL_INFORMATION.isIn(text);
        boolean couldBeReportOfRisk = notAComplaintAboutAService && REPORT_FRAMING.isIn(text);
        List<Finding> exclusions = new ArrayList<>();
        partnerDisagreement(text).ifPresent(exclusions::add);
        if (riskReport && notAComplaintAboutAService) {
            exclusions.add(SAFEGUARDING_REPORT);
        }
        legalAction(text).ifPresent(exclusions::add);
        schoolAdmissionsAppeal(text).ifPresent(exclusions::add);
        appeal(text).ifPresent(exclusions::add);
        mpConduct(text).ifPresent(exclusions::add);
        councillorConduct(text).ifPresent(exclusions::add);
        school(text).ifPresent(exclusions::add);
        highwayFirstReport(text).ifPresent(exclusions::add);
        serviceRequest(text, dissatisfied, complains).ifPresent(exclusions::add);
        informationRequest(text, dissatisfied, complains).ifPresent(exclusions::add);

        List<String> signals = new ArrayList<>();
        boolean ironic = IRONY.isIn(text);
        if (!ironic) {
            addSignal(signals, "praise", PRAISE, text);
        }
        addSignal(signals, "idea", IDEA, text);
        addSignal(signals, "policy", POLICY, text);
        addSignal(signals, "asks-information", ASKS_FOR_INFORMATION, text);
        addSignal(signals, "asks-service", ASKS_FOR_SERVICE, text);
        addSignal(signals, "forwarded", FORWARDED, text);
        addSignal(signals, "adult-care", ADULT_CARE, text);
        addSignal(signals, "child-care", CHILD_CARE, text);
        addSignal(signals, "personal-information", PERSONAL_INFORMATION, text);
        if (ironic) {
            signals.add("irony");
        }
        addSignal(signals, "quotes-staff", QUOTES_OFFICIALS, text);
        if (dissatisfied) {
            signals.add("dissatisfied");
        }
        if (complains) {
            signals.add("complains");
        }
        if (aboutCouncilService) {
            signals.add("council-service");
        }
        if (text.normalised().indexOf('?') >= 0) {
            signals.add("question");
        }
        return new Result(List.copyOf(safeguarding), riskReport, List.copyOf(exclusions),
                PERSONAL_INFORMATION.explain(text), dissatisfied, ironic, couldBeReportOfRisk, SOMEONE.isIn(text), List.copyOf(signals));
    }

    private static void addSignal(List<String> signals, String name, Cue cue, TriageText text) {
        if (cue.isIn(text)) {
            signals.add(name);
        }
    }

    /**
     * The message is about a particular person (someone else, or the writer's own state): safeguarding is about people,
     * so the statistical safeguarding check needs this before it raises the flag ("bin not collected AGAIN" is no one).
     */
    static final Cue SOMEONE = Cue.of("is about a particular person",
            "\\b(?:he|she|him|her|his|hers|himself|herself|he's|she's|he'd|she'd)\\b",
            "\\b(?:mum|mother|mam|dad|father|son|sons|daughter|daughters|child|children|kids?|baby|babies|toddler|boy|girl|lad|lads|teenagers?|teens?|"
                    + "man|men|woman|women|lady|gentleman|neighbours?|friends?|mate|wife|husband|partner|ex|brother|sister|nan|gran|grandad|grandma|"
                    + "grandmother|grandfather|grandson|granddaughter|aunt|uncle|niece|nephew|cousin|pupils?|residents?|tenants?|patients?|family|families|"
                    + "stepdad|stepmum|boyfriend|girlfriend|carers?)\\b",
            "\\b(?:i'm|i am|i feel|i've been|i have been) (?:\\d+|scared|frightened|afraid|terrified|struggling|alone|desperate|not safe|unsafe|hungry|homeless)\\b",
            "\\b(?:myself|my life)\\b");

    /** The writer is passing on a worry about someone, rather than complaining about a service. */
    static final Cue REPORT_FRAMING = Cue.of("passes on a worry about someone",
            "\\b(?:don't|do not|didn't|did not) know (?:who|where|what) (?:else )?(?:to|i should|we should)\\b", "\\bwho (?:do|should|can) (?:i|we) (?:tell|report|contact|ring|speak to)",
            "\\b(?:can|could|would) (?:somebody|someone|you) (?:please )?(?:check on|look in on|visit|go round|see|help (?:her|him|them)|do something)",
            "\\bsomeone (?:needs to|should|to) (?:check|look in|do something|see)", "\\bplease (?:send|do) (?:somebody|someone|something)",
            "\\b(?:i'm|i am|we're|we are) (?:really |very )?(?:worried|concerned) (?:about|for)\\b", "\\bnot (?:complaining|making a complaint)",
            "\\b(?:she|he|they) (?:told|said to) (?:me|us|them|staff)\\b", "\\b(?:i|we) (?:didn't|did not) know whether");

    /** Someone writing because they are worried about another person. */
    static final Cue WORRIED_ABOUT_SOMEONE = Cue.of("says they are worried about someone",
            "\\b(?:worried|concerned|anxious) (?:sick )?(?:about|for) (?:him|her|them|a |an |the |my |our |this )",
            "\\bsomeone (?:needs to|should|to) (?:check|look in|call in) on", "\\bcheck on (?:him|her|them)\\b");

    /**
     * Each kind of risk found, with its reason. Two separate signs of vulnerability are a concern too; three, or two
     * from someone worried about the person, are a report of risk.
     */
    private static Set<RiskKind> safeguarding(TriageText text, List<String> reasons) {
        Set<RiskKind> kinds = new LinkedHashSet<>();
        for (RiskCue risk : RISKS) {
            if (risk.kind() == RiskKind.VULNERABILITY) {
                List<String> signs = risk.cue().findAll(text).stream().distinct().toList();
                if (signs.size() >= 2 || (signs.size() == 1 && !kinds.isEmpty())) {
                    kinds.add(risk.kind());
                    reasons.add(risk.cue().meaning() + " (\"" + String.join("\", \"", signs) + "\")");
                }
                Optional<String> worried = WORRIED_ABOUT_SOMEONE.explain(text);
                if (signs.size() >= 3 || (signs.size() >= 2 && worried.isPresent())) {
                    kinds.add(RiskKind.DANGER);
                    worried.ifPresent(reasons::add);
                }
            } else {
                risk.cue().explain(text).ifPresent(reason -> {
                    kinds.add(risk.kind());
                    reasons.add(reason);
                });
            }
        }
        return kinds;
    }

    /** A report that someone is at risk, which goes to the safeguarding team rather than the complaints procedure. */
    static final Finding SAFEGUARDING_REPORT = new Finding("safeguarding report", Exclusion.SAFEGUARDING,
            "is mainly a report that someone is at risk, not a complaint about a service: refer it to the safeguarding team now",
            true);

    static Optional<Finding> partnerDisagreement(TriageText text) {
        return both(PARTNER_PROFESSIONAL, PROFESSIONAL_DISAGREEMENT, text)
                .map(why -> new Finding("partner disagreement", Exclusion.PARTNER_DISAGREEMENT,
                        why + ": a professional disagreement goes through the partnership escalation route, not the complaints procedure",
                        true));
    }

    static Optional<Finding> legalAction(TriageText text) {
        return LEGAL.explain(text).map(why -> new Finding("legal action", Exclusion.LEGAL_ACTION,
                why + ": claims and legal action go to the council's legal and insurance teams", true));
    }

    static Optional<Finding> schoolAdmissionsAppeal(TriageText text) {
        if (TRAVEL.isIn(text)) {
            return Optional.empty();
        }
        return both(APPEALS, ADMISSIONS, text).map(why -> new Finding("school admissions appeal", Exclusion.SCHOOL_ADMISSIONS_APPEAL,
                why + ": school admission appeals go to an independent appeal panel", true));
    }

    static Optional<Finding> appeal(TriageText text) {
        Optional<String> why = both(APPEALS, DECISION, text)
                .or(() -> both(REFUSED_APPLICATION, REVIEW_ASKED, text))
                .or(() -> both(PARKING_PENALTY, CHALLENGES_PENALTY, text));
        return why.map(reason -> new Finding("appeal against a decision", Exclusion.APPEAL,
                reason + ": the decision has its own appeal route", true));
    }

    static Optional<Finding> mpConduct(TriageText text) {
        if (FORWARDED.isIn(text)) {
            return Optional.empty();
        }
        return both(MP, CONDUCT, text).map(why -> new Finding("MP conduct", Exclusion.MP_CONDUCT,
                why + ": complaints about an MP go to the MP or to the Parliamentary Commissioner for Standards", true));
    }

    static Optional<Finding> councillorConduct(TriageText text) {
        if (FORWARDED.isIn(text)) {
            return Optional.empty();
        }
        return both(COUNCILLOR, CONDUCT, text).map(why -> new Finding("councillor conduct", Exclusion.COUNCILLOR_CONDUCT,
                why + ": complaints about a county councillor go to the Monitoring Officer", true));
    }

    static Optional<Finding> school(TriageText text) {
        if (COUNCIL_SCHOOL_SERVICE.isIn(text)) {
            return Optional.empty();
        }
        return SCHOOL_STAFF_OR_DECISION.explain(text).map(why -> new Finding("individual school", Exclusion.SCHOOL,
                why + ": schools have their own complaints procedure, starting with the school", false));
    }

    static Optional<Finding> highwayFirstReport(TriageText text) {
        if (REPORTED_BEFORE.isIn(text) || LEGAL.isIn(text)) {
            return Optional.empty();
        }
        return HIGHWAY_DEFECT.explain(text).map(why -> new Finding("highway first report", Exclusion.HIGHWAY_FIRST_REPORT,
                why + " with no sign it was reported before: a first report goes to highways reporting, not the complaints procedure",
                false));
    }

    static Optional<Finding> informationRequest(TriageText text, boolean dissatisfied, boolean complains) {
        if (dissatisfied || complains || DEMANDS_PUT_RIGHT.isIn(text) || OTHER_PURPOSE.isIn(text) || IDEA.isIn(text)) {
            return Optional.empty();
        }
        return ASKS_FOR_INFORMATION.explain(text).map(why -> new Finding("information request", Exclusion.INFORMATION_REQUEST,
                why + " without saying a service went wrong: answer the question as a request for information", false));
    }

    static Optional<Finding> serviceRequest(TriageText text, boolean dissatisfied, boolean complains) {
        if (IDEA.isIn(text)) {
            return Optional.empty();
        }
        Optional<String> district = DISTRICT_SERVICE.explain(text);
        if (district.isPresent()) {
            return district.map(why -> new Finding("service request", Exclusion.SERVICE_REQUEST,
                    why + ": pass the request to the council that provides the service", false));
        }
        if (dissatisfied || complains || DEMANDS_PUT_RIGHT.isIn(text) || PERSONAL_INFORMATION.isIn(text) || OTHER_PURPOSE.isIn(text)) {
            return Optional.empty();
        }
        return ASKS_FOR_SERVICE.explain(text).map(why -> new Finding("service request", Exclusion.SERVICE_REQUEST,
                why + " without saying a service went wrong: deal with it as a request for service", false));
    }

    private static Optional<String> both(Cue first, Cue second, TriageText text) {
        Optional<String> one = first.explain(text);
        Optional<String> two = one.isPresent() ? second.explain(text) : Optional.empty();
        return two.map(reason -> one.get() + " and " + reason);
    }

    /**
     * Every whole word of five or more letters the rules look for: spelling correction never changes one and corrects
     * likely typos towards them. Stems that a pattern completes ({@code violen(?:t|ce)}, {@code councill?or}) are not
     * words, so they are left out: correcting "violent" to "violen" would hide it from the very rule it belongs to.
     */
    static Set<String> vocabulary() {
        Set<String> words = new LinkedHashSet<>();
        Pattern wholeWord = Pattern.compile("(?<=^|\\\\b|[ |:(])([a-z']{5,})(?=$|\\\\b|[ |)]|(?<=s)\\?)");
        Stream.concat(RISKS.stream().map(RiskCue::cue), Stream.of(DISSATISFIED, COMPLAINS, ABOUT_COUNCIL_SERVICE, FORWARDED,
                        PARTNER_PROFESSIONAL, PROFESSIONAL_DISAGREEMENT, LEGAL, APPEALS, ADMISSIONS, TRAVEL, DECISION,
                        REFUSED_APPLICATION, REVIEW_ASKED, PARKING_PENALTY, CHALLENGES_PENALTY, MP, COUNCILLOR, CONDUCT, SCHOOL_STAFF_OR_DECISION,
                        COUNCIL_SCHOOL_SERVICE, HIGHWAY_DEFECT, REPORTED_BEFORE, ASKS_FOR_INFORMATION, DEMANDS_PUT_RIGHT,
                        ASKS_FOR_SERVICE, DISTRICT_SERVICE, PERSONAL_INFORMATION, PRAISE, IDEA, POLICY, OTHER_PURPOSE,
                        ADULT_CARE, CHILD_CARE, IRONY, WORRIED_ABOUT_SOMEONE, REPORT_FRAMING))
                .forEach(cue -> {
                    Matcher word = wholeWord.matcher(cue.pattern().pattern());
                    while (word.find()) {
                        String found = word.group(1);
                        words.add(found);
                        if (word.end() < word.regionEnd() && cue.pattern().pattern().charAt(word.end()) == '?') {
                            words.add(found.substring(0, found.length() - 1));
                        }
                    }
                });
        return words;
    }
}
