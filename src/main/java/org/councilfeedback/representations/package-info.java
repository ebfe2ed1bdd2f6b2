/**
 * Representations: comments or complaints about council policy or procedure (rather than how it was applied), the
 * allocation of resources, or the nature or availability of services.
 *
 * <ul>
 * <li>When staff classify feedback as a representation and the person had chosen that type themselves
 * ({@link org.councilfeedback.triage.FeedbackClassified#typeChanged()} is false), this module tells the person it is
 * being treated as a representation, what that means and the timescales. When the type changed, the classification's
 * own message (sent by the complaints module) tells them, so this module sends nothing: one message, not two.</li>
 * <li>Once its policy area is set ({@code PUT /api/v1/feedback/{reference}/representation}) it goes to the Director
 * responsible (profile {@code representations.policy-areas}), who alone may decide: {@code NO_CHANGE} (the council's
 * final decision at this time), {@code CHANGE_PROPOSED} (then the elected members' decision) or
 * {@code OTHER_ORGANISATION} (the person is told who to contact). The person is told each step by their preferred
 * method.</li>
 * <li>Similar representations are grouped: the group a new one resembles is proposed, staff confirm or split, and the
 * Director is alerted once each time a group reaches the profile's threshold within its window, to consider
 * re-investigating. A group can be answered in one go.</li>
 * <li>{@link org.councilfeedback.representations.SimilarFeedback} finds similar feedback of every type
 * ({@code GET /api/v1/feedback/{reference}/similar}).</li>
 * <li>{@link org.councilfeedback.representations.RepresentationCounts} counts representations by policy area for
 * reporting.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.representations;
