package org.councilfeedback.reporting;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.representations.RepresentationsProfile;
import org.springframework.stereotype.Component;

/** Names for people: service areas and policy areas from the council profile, enum values in words. */
@Component
class Labels {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final CouncilProfile profile;
    private final RepresentationsProfile representations;

    Labels(CouncilProfile profile, RepresentationsProfile representations) {
        this.profile = profile;
        this.representations = representations;
    }

    String serviceArea(String code) {
        return code == null ? "No service area" : profile.serviceArea(code).map(CouncilProfile.ServiceArea::name).orElse(code);
    }

    String policyArea(String code) {
        return code == null ? "No policy area yet"
                : representations.policyArea(code).map(RepresentationsProfile.PolicyArea::name).orElse(code);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** {@code PARTLY_UPHELD} as "Partly upheld"; the Ombudsman bodies by their initials. */
    static String words(String value) {
        if (value == null) {
            return "Not recorded";
        }
        return switch (value) {
            case "LGSCO", "ICO" -> value;
            case "NOT_SURE" -> "Not yet classified";
            case "FACE_TO_FACE" -> "Face to face";
            case "CHILDRENS_SOCIAL_CARE" -> "Children's social care";
            case "MP_CONDUCT" -> "MP conduct";
            default -> {
                String w = value.toLowerCase(Locale.ROOT).replace('_', ' ');
                yield Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
        };
    }
}
