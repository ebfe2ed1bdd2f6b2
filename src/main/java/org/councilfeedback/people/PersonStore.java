package org.councilfeedback.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilfeedback.intake.Address;
import org.councilfeedback.intake.ContactDetails;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.SubmissionRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** People, their links to feedback and proposed matches, in the database. */
@Repository
class PersonStore {

    static final String COLUMNS = "id, name, email, phone, address_line1, address_line2, address_town, postcode, "
            + "preferred_contact_method, created_at, updated_at, merged_into, anonymised_at";

    private final JdbcClient jdbc;

    PersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from person where id = :id").param("id", id)
                .query(PersonStore::person).optional();
    }

    long insert(ContactDetails contact, Instant now) {
        Address a = contact.address();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into person (name, email, phone, address_line1, address_line2, address_town, postcode,
                  preferred_contact_method, name_normalised, email_normalised, phone_normalised, postcode_normalised,
                  created_at, updated_at)
                values (:name, :email, :phone, :line1, :line2, :town, :postcode, :preferred, :nameN, :emailN, :phoneN,
                  :postcodeN, :now, :now)""")
                .param("name", contact.name()).param("email", contact.email()).param("phone", contact.phone())
                .param("line1", a == null ? null : a.line1()).param("line2", a == null ? null : a.line2())
                .param("town", a == null ? null : a.townOrCity()).param("postcode", a == null ? null : a.postcode())
                .param("preferred", contact.preferredContactMethod() == null ? null : contact.preferredContactMethod().name())
                .param("nameN", normaliseName(contact.name())).param("emailN", SubmissionRules.normaliseEmail(contact.email()))
                .param("phoneN", SubmissionRules.normalisePhone(contact.phone()))
                .param("postcodeN", a == null || a.postcode() == null ? null : SubmissionRules.normalisePostcode(a.postcode()))
                .param("now", ts(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The contact details of {@code from} become {@code into}'s where {@code from} has them (the newer details). */
    void copyContactDetails(long from, long into, Instant now) {
        jdbc.sql("""
                update person set
                  name = coalesce((select p.name from person p where p.id = :from), name),
                  email = coalesce((select p.email from person p where p.id = :from), email),
                  phone = coalesce((select p.phone from person p where p.id = :from), phone),
                  address_line1 = coalesce((select p.address_line1 from person p where p.id = :from), address_line1),
                  address_line2 = case when (select p.address_line1 from person p where p.id = :from) is null then address_line2
                                  else (select p.address_line2 from person p where p.id = :from) end,
                  address_town = coalesce((select p.address_town from person p where p.id = :from), address_town),
                  postcode = coalesce((select p.postcode from person p where p.id = :from), postcode),
                  preferred_contact_method = coalesce((select p.preferred_contact_method from person p where p.id = :from), preferred_contact_method),
                  name_normalised = coalesce((select p.name_normalised from person p where p.id = :from), name_normalised),
                  email_normalised = coalesce((select p.email_normalised from person p where p.id = :from), email_normalised),
                  phone_normalised = coalesce((select p.phone_normalised from person p where p.id = :from), phone_normalised),
                  postcode_normalised = coalesce((select p.postcode_normalised from person p where p.id = :from), postcode_normalised),
                  updated_at = :now
                where id = :into""")
                .param("from", from).param("into", into).param("now", ts(now)).update();
    }

    /** Marks {@code from} as merged into {@code into} and keeps no personal data on it. */
    void markMerged(long from, long into, Instant now) {
        jdbc.sql("""
                update person set merged_into = :into, name = null, email = null, phone = null, address_line1 = null,
                  address_line2 = null, address_town = null, postcode = null, name_normalised = null,
                  email_normalised = null, phone_normalised = null, postcode_normalised = null, updated_at = :now
                where id = :from""")
                .param("from", from).param("into", into).param("now", ts(now)).update();
        jdbc.sql("update person set merged_into = :into where merged_into = :from")
                .param("from", from).param("into", into).update();
    }

    void anonymise(long id, String marker, Instant now) {
        jdbc.sql("""
                update person set
                  name = case when name is null then null else :m end,
                  email = case when email is null then null else :m end,
                  phone = case when phone is null then null else :m end,
                  address_line1 = case when address_line1 is null then null else :m end,
                  address_line2 = case when address_line2 is null then null else :m end,
                  address_town = case when address_town is null then null else :m end,
                  postcode = case when postcode is null then null else :m end,
                  name_normalised = null, email_normalised = null, phone_normalised = null, postcode_normalised = null,
                  anonymised_at = :now, updated_at = :now
                where id = :id""")
                .param("m", marker).param("now", ts(now)).param("id", id).update();
    }

    // links

    Optional<Long> personIdFor(String reference) {
        return jdbc.sql("select person_id from person_feedback where reference = :r").param("r", reference)
                .query(Long.class).optional();
    }

    void link(String reference, long personId, String by, String how, Instant now) {
        jdbc.sql("insert into person_feedback (reference, person_id, linked_at, linked_by, how) values (:r, :p, :at, :by, :how)")
                .param("r", reference).param("p", personId).param("at", ts(now)).param("by", by).param("how", how)
                .update();
    }

    void moveLinks(long from, long into, String by, Instant now) {
        jdbc.sql("update person_feedback set person_id = :into, linked_by = :by, linked_at = :at, how = 'CONFIRMED' where person_id = :from")
                .param("from", from).param("into", into).param("by", by).param("at", ts(now)).update();
    }

    List<PersonFeedback> links(long personId) {
        return jdbc.sql("select reference, person_id, linked_at, linked_by, how from person_feedback where person_id = :p order by linked_at, reference")
                .param("p", personId)
                .query((rs, n) -> new PersonFeedback(rs.getString(1), rs.getLong(2), instant(rs, "linked_at"),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    long countLinks(long personId) {
        return jdbc.sql("select count(*) from person_feedback where person_id = :p").param("p", personId)
                .query(Long.class).single();
    }

    // matching

    /**
     * People already known who share the email, the phone, or the name and postcode of the given person: at most five,
     * the earliest first. The person's own keys are read first, so that each match is an index lookup.
     */
    List<Long> candidates(long personId) {
        record Keys(String email, String phone, String name, String postcode) {}
        Keys keys = jdbc.sql("select email_normalised, phone_normalised, name_normalised, postcode_normalised from person where id = :id")
                .param("id", personId)
                .query((rs, n) -> new Keys(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional().orElse(null);
        return keys == null ? List.of() : withKeys(keys.email(), keys.phone(), keys.name(), keys.postcode(), personId, 5);
    }

    /** Current people whose email, phone, or name and postcode match these contact details (normalised). */
    List<Long> matching(String name, String email, String phone, String postcode) {
        String nameN = normaliseName(name);
        String emailN = SubmissionRules.normaliseEmail(email);
        String phoneN = SubmissionRules.normalisePhone(phone);
        String postcodeN = postcode == null || postcode.isBlank() ? null : SubmissionRules.normalisePostcode(postcode);
        return withKeys(emailN, phoneN, nameN, postcodeN, null, 20);
    }

    /** Current people (other than {@code excluding}) with any of these normalised keys, the earliest first. */
    private List<Long> withKeys(String emailN, String phoneN, String nameN, String postcodeN, Long excluding, int limit) {
        if (emailN == null && phoneN == null && (nameN == null || postcodeN == null)) {
            return List.of();
        }
        List<String> any = new java.util.ArrayList<>();
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (emailN != null) {
            any.add("c.email_normalised = :emailN");
            params.put("emailN", emailN);
        }
        if (phoneN != null) {
            any.add("c.phone_normalised = :phoneN");
            params.put("phoneN", phoneN);
        }
        if (nameN != null && postcodeN != null) {
            any.add("(c.name_normalised = :nameN and c.postcode_normalised = :postcodeN)");
            params.put("nameN", nameN);
            params.put("postcodeN", postcodeN);
        }
        params.put("excluding", excluding == null ? -1L : excluding);
        params.put("limit", limit);
        return jdbc.sql("select c.id from person c where c.id <> :excluding and c.merged_into is null and c.anonymised_at is null and ("
                        + String.join(" or ", any) + ") order by c.id limit :limit")
                .params(params)
                .query(Long.class).list();
    }

    Set<MatchReason> reasons(long personId, long candidateId) {
        return jdbc.sql("""
                select
                  case when p.email_normalised is not null and c.email_normalised = p.email_normalised then 1 else 0 end,
                  case when p.phone_normalised is not null and c.phone_normalised = p.phone_normalised then 1 else 0 end,
                  case when p.name_normalised is not null and p.postcode_normalised is not null
                        and c.name_normalised = p.name_normalised and c.postcode_normalised = p.postcode_normalised then 1 else 0 end
                from person c, person p where p.id = :p and c.id = :c""")
                .param("p", personId).param("c", candidateId)
                .query((rs, n) -> {
                    Set<MatchReason> reasons = EnumSet.noneOf(MatchReason.class);
                    if (rs.getInt(1) == 1) {
                        reasons.add(MatchReason.EMAIL);
                    }
                    if (rs.getInt(2) == 1) {
                        reasons.add(MatchReason.PHONE);
                    }
                    if (rs.getInt(3) == 1) {
                        reasons.add(MatchReason.NAME_AND_POSTCODE);
                    }
                    return reasons;
                })
                .single();
    }

    void propose(String reference, long candidateId, Set<MatchReason> reasons, Instant now) {
        boolean exists = jdbc.sql("select count(*) from person_match where reference = :r and candidate_id = :c")
                .param("r", reference).param("c", candidateId).query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into person_match (reference, candidate_id, reasons, status, proposed_at) values (:r, :c, :reasons, 'PROPOSED', :at)")
                    .param("r", reference).param("c", candidateId)
                    .param("reasons", reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                    .param("at", ts(now)).update();
        }
    }

    List<MatchProposal> proposals(String reference) {
        return jdbc.sql("select id, reference, candidate_id, reasons, status, proposed_at, decided_by, decided_at from person_match where reference = :r order by id")
                .param("r", reference).query(PersonStore::proposal).list();
    }

    Optional<MatchProposal> proposal(String reference, long candidateId) {
        return jdbc.sql("select id, reference, candidate_id, reasons, status, proposed_at, decided_by, decided_at from person_match where reference = :r and candidate_id = :c")
                .param("r", reference).param("c", candidateId).query(PersonStore::proposal).optional();
    }

    long countPending(String reference) {
        return jdbc.sql("select count(*) from person_match where reference = :r and status = 'PROPOSED'")
                .param("r", reference).query(Long.class).single();
    }

    void decide(long proposalId, MatchStatus status, String by, Instant now) {
        jdbc.sql("update person_match set status = :s, decided_by = :by, decided_at = :at where id = :id")
                .param("s", status.name()).param("by", by).param("at", ts(now)).param("id", proposalId).update();
    }

    /** After {@code from} is merged into {@code into}: proposals naming {@code from} name {@code into} instead. */
    void repointProposals(long from, long into, String by, Instant now) {
        jdbc.sql("""
                delete from person_match where candidate_id = :from
                  and reference in (select m.reference from person_match m where m.candidate_id = :into)""")
                .param("from", from).param("into", into).update();
        jdbc.sql("update person_match set candidate_id = :into where candidate_id = :from")
                .param("from", from).param("into", into).update();
        // a proposal that the feedback's own person is itself is settled by the merge
        jdbc.sql("""
                update person_match set status = 'CONFIRMED', decided_by = :by, decided_at = :at
                where status = 'PROPOSED' and candidate_id = :into
                  and reference in (select l.reference from person_feedback l where l.person_id = :into)""")
                .param("into", into).param("by", by).param("at", ts(now)).update();
    }

    boolean hasActiveRestriction(long personId) {
        return jdbc.sql("select count(*) from handling_restriction where person_id = :p and status = 'ACTIVE'")
                .param("p", personId).query(Long.class).single() > 0;
    }

    void moveOwned(long from, long into) {
        boolean intoHasAdjustments = jdbc.sql("select count(*) from person_adjustments where person_id = :p")
                .param("p", into).query(Long.class).single() > 0;
        if (intoHasAdjustments) {
            jdbc.sql("delete from person_adjustments where person_id = :p").param("p", from).update();
        } else {
            jdbc.sql("update person_adjustments set person_id = :into where person_id = :from")
                    .param("from", from).param("into", into).update();
        }
        jdbc.sql("update handling_restriction set person_id = :into where person_id = :from")
                .param("from", from).param("into", into).update();
        jdbc.sql("update contact_preference_exception set person_id = :into where person_id = :from")
                .param("from", from).param("into", into).update();
    }

    static String normaliseName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return letters.isEmpty() ? null : letters.replaceAll("\\s+", " ");
    }

    private static MatchProposal proposal(ResultSet rs, int n) throws SQLException {
        Set<MatchReason> reasons = EnumSet.noneOf(MatchReason.class);
        Arrays.stream(rs.getString("reasons").split(",")).filter(s -> !s.isBlank()).map(MatchReason::valueOf)
                .forEach(reasons::add);
        return new MatchProposal(rs.getLong("id"), rs.getString("reference"), rs.getLong("candidate_id"), reasons,
                MatchStatus.valueOf(rs.getString("status")), instant(rs, "proposed_at"), rs.getString("decided_by"),
                instant(rs, "decided_at"));
    }

    static Person person(ResultSet rs, int n) throws SQLException {
        Address address = new Address(rs.getString("address_line1"), rs.getString("address_line2"),
                rs.getString("address_town"), rs.getString("postcode"));
        String method = rs.getString("preferred_contact_method");
        Object merged = rs.getObject("merged_into");
        return new Person(rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                address.isEmpty() ? null : address, method == null ? null : ContactMethod.valueOf(method),
                instant(rs, "created_at"), instant(rs, "updated_at"),
                merged == null ? null : ((Number) merged).longValue(), instant(rs, "anonymised_at"));
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
