package org.councilfeedback.organisation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything council-specific that the system shows, sends or computes, loaded from the council's profile YAML.
 * Immutable; one instance per running application.
 */
public record CouncilProfile(
        String name,
        String shortName,
        String website,
        String feedbackPolicyUrl,
        ZoneId timeZone,
        String referencePrefix,
        Contacts contacts,
        Map<String, String> coreHours,
        List<LocalDate> closureDays,
        int acknowledgementWorkingDays,
        List<ServiceArea> serviceAreas,
        Map<String, Object> wording) {

    public CouncilProfile {
        closureDays = closureDays == null ? List.of() : List.copyOf(closureDays);
        serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
        coreHours = coreHours == null ? Map.of() : Map.copyOf(coreHours);
        timeZone = timeZone == null ? ZoneId.of("Europe/London") : timeZone;
        referencePrefix = referencePrefix == null ? "FB" : referencePrefix;
        acknowledgementWorkingDays = acknowledgementWorkingDays <= 0 ? 3 : acknowledgementWorkingDays;
        wording = wording == null ? Map.of() : Map.copyOf(wording);
    }

    /**
     * The wording at a dotted key such as {@code acknowledgement.next-steps}, with {@code {placeholders}} filled from
     * {@code values}. A missing key is a configuration error.
     */
    public String wording(String key, Map<String, String> values) {
        Object node = wording;
        if (wording.containsKey(key)) {
            node = Map.of(key, wording.get(key));
        }
        for (String part : wording.containsKey(key) ? new String[] {key} : key.split("\\.")) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(part)) {
                throw new IllegalStateException("The council profile has no wording for '" + key + "'");
            }
            node = map.get(part);
        }
        String text = String.valueOf(node).trim();
        for (var entry : values.entrySet()) {
            text = text.replace("{" + entry.getKey() + "}", entry.getValue() == null ? "" : entry.getValue());
        }
        return text;
    }

    public Optional<ServiceArea> serviceArea(String code) {
        return serviceAreas.stream().filter(area -> area.code().equals(code)).findFirst();
    }

    public String serviceAreaName(String code) {
        return serviceArea(code).map(ServiceArea::name).orElse(code);
    }

    public record ServiceArea(String code, String name, String managerEmail, List<String> complimentRecipients) {
        public ServiceArea {
            complimentRecipients = complimentRecipients == null ? List.of() : List.copyOf(complimentRecipients);
        }
    }

    public record Contacts(
            CustomerServices customerServices,
            List<String> postalAddress,
            DataProtection dataProtection,
            Safeguarding safeguarding,
            Body ombudsman,
            Body informationCommissioner,
            HighwaysReporting highwaysReporting,
            MonitoringOfficer monitoringOfficer,
            Schools schools,
            MembersOfParliament membersOfParliament) {

        public String postalAddressOneLine() {
            return postalAddress == null ? "" : String.join(", ", postalAddress);
        }
    }

    public record CustomerServices(String phone, String minicom, String email) {}

    public record DataProtection(String name, String email, String phone, String address) {}

    public record Safeguarding(String phone, String description, List<String> leads) {
        public Safeguarding {
            leads = leads == null ? List.of() : List.copyOf(leads);
        }
    }

    public record Body(String name, List<String> address, String phone, String website) {
        public String addressOneLine() {
            return address == null ? "" : String.join(", ", address);
        }
    }

    public record HighwaysReporting(String url, String phone) {}

    public record MonitoringOfficer(String name, String email) {}

    public record Schools(String explanation, String beyondTheSchool) {}

    public record MembersOfParliament(String explanation, String url) {}
}
