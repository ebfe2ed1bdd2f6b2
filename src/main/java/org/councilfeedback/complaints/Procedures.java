package org.councilfeedback.complaints;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilfeedback.triage.Process;

/**
 * Every version of every complaints procedure in the profile. A complaint follows the version in force when it was
 * received, for its whole life.
 */
final class Procedures {

    private final Map<Process, List<Procedure>> byProcess = new EnumMap<>(Process.class);

    Procedures(List<Procedure> procedures) {
        for (Procedure procedure : procedures) {
            byProcess.computeIfAbsent(procedure.process(), p -> new ArrayList<>()).add(procedure);
        }
        byProcess.values().forEach(list -> list.sort(Comparator.comparing(Procedure::effectiveFrom)));
        for (Process process : Process.values()) {
            if (!byProcess.containsKey(process)) {
                throw new IllegalStateException("The council profile has no complaints procedure for " + process);
            }
        }
    }

    /** The version of {@code process} in force at {@code receivedAt}. */
    Procedure inForce(Process process, Instant receivedAt) {
        Procedure found = null;
        for (Procedure procedure : byProcess.get(process)) {
            if (!procedure.effectiveFrom().isAfter(receivedAt)) {
                found = procedure;
            }
        }
        if (found == null) {
            throw new IllegalStateException("No " + process + " complaints procedure was in force at " + receivedAt);
        }
        return found;
    }

    List<Procedure> all() {
        return byProcess.values().stream().flatMap(List::stream).toList();
    }

    /** A case's own version, by the name it was stored with. */
    Optional<Procedure> version(Process process, String version) {
        return byProcess.getOrDefault(process, List.of()).stream().filter(p -> p.version().equals(version)).findFirst();
    }

    /** Builds the procedures from the profile, failing at startup with the entry that is wrong. */
    static Procedures from(ComplaintsSettings settings, ZoneId zone) {
        List<Procedure> procedures = new ArrayList<>();
        for (ComplaintsSettings.ProcedureSettings p : settings.procedures()) {
            String where = "complaints.procedures[" + p.version() + "]";
            try {
                if (p.process() == null || p.version() == null || p.owner() == null || p.ombudsman() == null
                        || p.stages() == null) {
                    throw new IllegalArgumentException("process, version, owner, ombudsman and stages are required");
                }
                List<StageRules> stages = new ArrayList<>();
                for (int i = 0; i < p.stages().size(); i++) {
                    stages.add(stage(i + 1, p.stages().get(i), i + 1 < p.stages().size()));
                }
                procedures.add(new Procedure(p.process(), p.version(), p.name() == null ? p.version() : p.name(),
                        p.nextSteps() == null ? p.process().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') : p.nextSteps(),
                        instant(p.effectiveFrom(), zone), p.owner(), p.ombudsman(), p.advocacy(), stages));
            } catch (RuntimeException e) {
                throw new IllegalStateException("The council profile's " + where + " is not valid: " + e.getMessage(), e);
            }
        }
        return new Procedures(procedures);
    }

    private static StageRules stage(int number, ComplaintsSettings.StageSettings s, boolean hasNext) {
        Timescale respond = Timescale.parse(s.respondWithin());
        if (respond == null) {
            throw new IllegalArgumentException("stage " + number + " needs respond-within");
        }
        ComplaintsSettings.ResponseStart start = s.respondFrom() == null ? ComplaintsSettings.ResponseStart.OPENING : s.respondFrom();
        Timescale acknowledge = Timescale.parse(s.acknowledgeWithin());
        ResponseClock clock = switch (start) {
            case OPENING -> new ResponseClock.FromOpening(respond);
            case ACKNOWLEDGEMENT -> {
                if (acknowledge == null) {
                    throw new IllegalArgumentException("stage " + number + " responds from the acknowledgement but has no acknowledge-within");
                }
                yield new ResponseClock.FromAcknowledgement(respond);
            }
            case AGREEMENT -> new ResponseClock.AgreedWithComplainant(respond);
            case REVIEW_PANEL -> {
                Timescale panel = Timescale.parse(s.panelWithin());
                Timescale report = Timescale.parse(s.reportWithin());
                if (panel == null || report == null) {
                    throw new IllegalArgumentException("stage " + number + " is a review panel and needs panel-within and report-within");
                }
                yield new ResponseClock.ReviewPanel(panel, report, respond);
            }
        };
        Timescale escalate = Timescale.parse(s.escalateWithin());
        if (hasNext && escalate == null) {
            throw new IllegalArgumentException("stage " + number + " has a next stage and needs escalate-within");
        }
        return new StageRules(number, s.name() == null ? "Stage " + number : s.name(), acknowledge, clock,
                Timescale.parse(s.extendByUpTo()), hasNext ? escalate : null, s.differentHandler(), s.independentPerson());
    }

    /** An ISO-8601 instant with an offset, or a local date and time in the profile's time zone. */
    static Instant instant(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("effective-from is required");
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeException notOffset) {
            try {
                return LocalDateTime.parse(text.trim()).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("effective-from '" + text + "' is not a date and time like 2026-01-16T17:00");
            }
        }
    }
}
