package org.allteach.credits.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.allteach.credits.ActivityLink;
import org.allteach.credits.CreditType;
import org.allteach.identity.Profession;
import org.springframework.stereotype.Repository;

/**
 * The organisers' credit reports, counted and summed in the database (GROUP BY), so a report costs the same handful
 * of queries however many claims a collaborative has. Every query is limited to one collaborative and a period
 * [{@code from}, {@code to}): attendance by when it happened, evaluations by when they were submitted, claims by when
 * they were made.
 */
@Repository
public class CreditReportQueries {

    private static final String OF_COLLABORATIVE = " join CreditActivity a on a.id = %s.activityId"
            + " where a.collaborativeId = :collaborativeId";

    private static final String CLAIMED_IN_PERIOD = " and c.claimedAt >= :from and c.claimedAt < :to";

    private final EntityManager entityManager;

    CreditReportQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record ActivityRow(long id, String title, ActivityLink.Kind kind) {
    }

    public record OfferRow(long activityId, CreditType type, BigDecimal maxHours) {
    }

    /** When an activity was attended in the period (first and last), and by how many people. */
    public record AttendanceRow(long activityId, Instant first, Instant last, long learners) {
    }

    public record CountRow(long id, long count) {
    }

    /** Claims of one credit type, for one activity or one person: how many learners, how many claims, the hours. */
    public record ClaimsRow(long id, CreditType type, long learners, long claims, BigDecimal hours) {
    }

    public record TypeRow(CreditType type, long learners, long claims, BigDecimal hours) {
    }

    /** Learners of each profession who claimed a credit type for an activity. */
    public record ProfessionRow(long activityId, CreditType type, Map<Profession, Long> learners) {
    }

    /** One claim with its certificate, for the CE office's records. */
    public record ClaimRow(long personId, String activityTitle, Instant claimedAt, CreditType type, BigDecimal hours,
                           String certificateCode) {
    }

    public List<ActivityRow> activities(long collaborativeId) {
        return entityManager.createQuery("select new " + ActivityRow.class.getName() + "(a.id, a.title, a.linkKind)"
                        + " from CreditActivity a where a.collaborativeId = :collaborativeId", ActivityRow.class)
                .setParameter("collaborativeId", collaborativeId).getResultList();
    }

    public List<OfferRow> offers(long collaborativeId) {
        return entityManager.createQuery("select new " + OfferRow.class.getName() + "(a.id, key(o), value(o))"
                        + " from CreditActivity a join a.offers o where a.collaborativeId = :collaborativeId",
                OfferRow.class).setParameter("collaborativeId", collaborativeId).getResultList();
    }

    public List<AttendanceRow> attendanceByActivity(long collaborativeId, Instant from, Instant to) {
        return list(entityManager.createQuery("select new " + AttendanceRow.class.getName()
                + "(t.activityId, min(t.attendedOn), max(t.attendedOn), count(distinct t.personId))"
                + " from CreditAttendance t" + OF_COLLABORATIVE.formatted("t")
                + " and t.attendedOn >= :from and t.attendedOn < :to group by t.activityId", AttendanceRow.class),
                collaborativeId, from, to);
    }

    /** The people who attended any activity in the period, each counted once. */
    public long learnersAttended(long collaborativeId, Instant from, Instant to) {
        return list(entityManager.createQuery("select count(distinct t.personId) from CreditAttendance t"
                + OF_COLLABORATIVE.formatted("t") + " and t.attendedOn >= :from and t.attendedOn < :to", Long.class),
                collaborativeId, from, to).getFirst();
    }

    /** Attendees in the period who have not claimed credit for the activity (at any time). */
    public List<CountRow> attendedNotClaimedByActivity(long collaborativeId, Instant from, Instant to) {
        return list(entityManager.createQuery("select new " + CountRow.class.getName()
                + "(t.activityId, count(distinct t.personId)) from CreditAttendance t" + OF_COLLABORATIVE.formatted("t")
                + " and t.attendedOn >= :from and t.attendedOn < :to and not exists (select 1 from CreditClaim c"
                + " where c.activityId = t.activityId and c.personId = t.personId) group by t.activityId",
                CountRow.class), collaborativeId, from, to);
    }

    public List<CountRow> evaluationsByActivity(long collaborativeId, Instant from, Instant to) {
        return list(entityManager.createQuery("select new " + CountRow.class.getName()
                + "(e.activityId, count(e)) from CompletedEvaluation e" + OF_COLLABORATIVE.formatted("e")
                + " and e.submittedAt >= :from and e.submittedAt < :to group by e.activityId", CountRow.class),
                collaborativeId, from, to);
    }

    /** Learners who claimed anything for each activity, each counted once however many types they claimed. */
    public List<CountRow> claimantsByActivity(long collaborativeId, Instant from, Instant to) {
        return list(entityManager.createQuery("select new " + CountRow.class.getName()
                + "(c.activityId, count(distinct c.personId)) from CreditClaim c" + OF_COLLABORATIVE.formatted("c")
                + CLAIMED_IN_PERIOD + " group by c.activityId", CountRow.class), collaborativeId, from, to);
    }

    public List<ClaimsRow> claimsByActivityAndType(long collaborativeId, Instant from, Instant to) {
        return claimsBy("c.activityId", collaborativeId, from, to);
    }

    /** Each learner's claims per credit type: as many rows as learners and types, not claims (for teams). */
    public List<ClaimsRow> claimsByPersonAndType(long collaborativeId, Instant from, Instant to) {
        return claimsBy("c.personId", collaborativeId, from, to);
    }

    public List<TypeRow> claimsByType(long collaborativeId, Instant from, Instant to) {
        return list(entityManager.createQuery("select new " + TypeRow.class.getName()
                + "(c.creditType, count(distinct c.personId), count(c), sum(c.hours)) from CreditClaim c"
                + OF_COLLABORATIVE.formatted("c") + CLAIMED_IN_PERIOD + " group by c.creditType", TypeRow.class),
                collaborativeId, from, to);
    }

    /**
     * Learners per profession for each activity and credit type, counted in one query: the caller knows each
     * claimant's profession (from identity), and the query sums a CASE per profession over the claims.
     */
    public List<ProfessionRow> claimantsByProfession(long collaborativeId, Instant from, Instant to,
                                                     Map<Profession, ? extends Collection<Long>> people) {
        List<Profession> professions = people.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(Map.Entry::getKey).sorted().toList();
        if (professions.isEmpty()) {
            return List.of();
        }
        String sums = professions.stream()
                .map(p -> "sum(case when c.personId in :" + p.name() + " then 1 else 0 end)")
                .collect(Collectors.joining(", "));
        TypedQuery<Object[]> query = bind(entityManager.createQuery("select c.activityId, c.creditType, " + sums
                + " from CreditClaim c" + OF_COLLABORATIVE.formatted("c") + CLAIMED_IN_PERIOD
                + " group by c.activityId, c.creditType", Object[].class), collaborativeId, from, to);
        professions.forEach(p -> query.setParameter(p.name(), people.get(p)));
        List<ProfessionRow> rows = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            Map<Profession, Long> learners = new EnumMap<>(Profession.class);
            for (int i = 0; i < professions.size(); i++) {
                learners.put(professions.get(i), ((Number) row[i + 2]).longValue());
            }
            rows.add(new ProfessionRow((Long) row[0], (CreditType) row[1], learners));
        }
        return rows;
    }

    /** Every claim of the period with its certificate's code, oldest first. */
    public List<ClaimRow> claims(long collaborativeId, Instant from, Instant to) {
        return list(entityManager.createQuery("select new " + ClaimRow.class.getName()
                + "(c.personId, a.title, c.claimedAt, c.creditType, c.hours, cert.verificationCode)"
                + " from CreditClaim c join CreditActivity a on a.id = c.activityId"
                + " left join Certificate cert on cert.claimId = c.id"
                + " where a.collaborativeId = :collaborativeId" + CLAIMED_IN_PERIOD
                + " order by c.claimedAt, c.id", ClaimRow.class), collaborativeId, from, to);
    }

    private List<ClaimsRow> claimsBy(String key, long collaborativeId, Instant from, Instant to) {
        return list(entityManager.createQuery("select new " + ClaimsRow.class.getName() + "(" + key
                + ", c.creditType, count(distinct c.personId), count(c), sum(c.hours)) from CreditClaim c"
                + OF_COLLABORATIVE.formatted("c") + CLAIMED_IN_PERIOD + " group by " + key + ", c.creditType",
                ClaimsRow.class), collaborativeId, from, to);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, long collaborativeId, Instant from, Instant to) {
        return query.setParameter("collaborativeId", collaborativeId).setParameter("from", from)
                .setParameter("to", to);
    }

    private static <T> List<T> list(TypedQuery<T> query, long collaborativeId, Instant from, Instant to) {
        return bind(query, collaborativeId, from, to).getResultList();
    }

    /** The activities each person claimed credit for in a collaborative, each counted once whatever the types. */
    public List<CountRow> claimedActivitiesByPerson(long collaborativeId) {
        return entityManager.createQuery("select new " + CountRow.class.getName()
                        + "(c.personId, count(distinct c.activityId)) from CreditClaim c" + OF_COLLABORATIVE.formatted("c")
                        + " group by c.personId", CountRow.class)
                .setParameter("collaborativeId", collaborativeId).getResultList();
    }
}
