package org.councilfeedback.representations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each piece of feedback's analysed terms, with what candidates are chosen by (type, areas, time). */
@Repository
class SimilarityStore {

    private static final String COLUMNS = "feedback_id, reference, type, service_area, policy_area, received_at, terms";

    private final JdbcClient jdbc;

    SimilarityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A piece of feedback as compared: its terms and what decides which feedback it is compared with. */
    record Document(long feedbackId, String reference, FeedbackType type, String serviceArea, String policyArea,
            Instant receivedAt, Map<String, Integer> terms) {}

    /** Stores the feedback's terms unless they are stored already; the policy area comes from its representation. */
    void insertIfAbsent(FeedbackRecord record, Map<String, Integer> terms) {
        jdbc.sql("""
                insert into similarity_document (feedback_id, reference, type, service_area, policy_area, received_at, terms)
                values (:id, :reference, :type, :serviceArea,
                  (select r.policy_area from representation r where r.feedback_id = :id), :receivedAt, :terms)
                on conflict do nothing""")
                .param("id", record.id()).param("reference", record.reference()).param("type", record.type().name())
                .param("serviceArea", record.serviceArea()).param("receivedAt", record.receivedAt().atOffset(ZoneOffset.UTC))
                .param("terms", TextSimilarity.encode(terms))
                .update();
    }

    Optional<Document> find(String reference) {
        return jdbc.sql("select " + COLUMNS + " from similarity_document where reference = :reference")
                .param("reference", reference).query(SimilarityStore::document).optional();
    }

    void updateType(String reference, FeedbackType type) {
        jdbc.sql("update similarity_document set type = :type where reference = :reference")
                .param("type", type.name()).param("reference", reference).update();
    }

    void updatePolicyArea(String reference, String policyArea) {
        jdbc.sql("update similarity_document set policy_area = :area where reference = :reference")
                .param("area", policyArea).param("reference", reference).update();
    }

    /** The latest representations (of one policy area, or of any when {@code policyArea} is null) since a time. */
    List<Document> representations(String policyArea, long excludeId, Instant since, int limit) {
        String area = policyArea == null ? "" : " and policy_area = :area";
        var query = jdbc.sql("select " + COLUMNS + " from similarity_document where type = 'REPRESENTATION'" + area
                        + " and received_at >= :since and feedback_id <> :id order by received_at desc limit :limit")
                .param("since", since.atOffset(ZoneOffset.UTC)).param("id", excludeId).param("limit", limit);
        if (policyArea != null) {
            query = query.param("area", policyArea);
        }
        return query.query(SimilarityStore::document).list();
    }

    /** The latest feedback other than representations in one service area (or with none) since a time. */
    List<Document> inServiceArea(String serviceArea, long excludeId, Instant since, int limit) {
        String area = serviceArea == null ? "service_area is null" : "service_area = :area";
        var query = jdbc.sql("select " + COLUMNS + " from similarity_document where " + area
                        + " and received_at >= :since and type <> 'REPRESENTATION' and feedback_id <> :id"
                        + " order by received_at desc limit :limit")
                .param("since", since.atOffset(ZoneOffset.UTC)).param("id", excludeId).param("limit", limit);
        if (serviceArea != null) {
            query = query.param("area", serviceArea);
        }
        return query.query(SimilarityStore::document).list();
    }

    private static Document document(ResultSet rs, int n) throws SQLException {
        return new Document(rs.getLong("feedback_id"), rs.getString("reference"), FeedbackType.valueOf(rs.getString("type")),
                rs.getString("service_area"), rs.getString("policy_area"), rs.getTimestamp("received_at").toInstant(),
                TextSimilarity.decode(rs.getString("terms")));
    }
}
