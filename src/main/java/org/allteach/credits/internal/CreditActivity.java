package org.allteach.credits.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.allteach.credits.ActivityLink;
import org.allteach.credits.CreditType;

@Entity
@Table(name = "credit_activity")
public class CreditActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "collaborative_id")
    private long collaborativeId;

    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_kind")
    private ActivityLink.Kind linkKind;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "resource_id")
    private Long resourceId;

    private String provider;

    @Column(name = "accreditation_statement")
    private String accreditationStatement;

    @Column(name = "designation_statement")
    private String designationStatement;

    private String disclosures;

    @Column(name = "claim_window_days")
    private int claimWindowDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "credit_offer", joinColumns = @JoinColumn(name = "activity_id"))
    @MapKeyColumn(name = "credit_type")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "max_hours")
    private Map<CreditType, BigDecimal> offers = new EnumMap<>(CreditType.class);

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected CreditActivity() {
    }

    public CreditActivity(long collaborativeId, long createdBy, Instant now) {
        this.collaborativeId = collaborativeId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Sets everything the organiser fills in; {@code seriesId} only for a series link. */
    public void describe(String title, ActivityLink.Kind linkKind, Long eventId, Long seriesId, Long resourceId,
                         String provider, String accreditationStatement, String designationStatement,
                         String disclosures, int claimWindowDays, Map<CreditType, BigDecimal> offers, Instant now) {
        this.title = title;
        this.linkKind = linkKind;
        this.eventId = eventId;
        this.seriesId = seriesId;
        this.resourceId = resourceId;
        this.provider = provider;
        this.accreditationStatement = accreditationStatement;
        this.designationStatement = designationStatement;
        this.disclosures = disclosures;
        this.claimWindowDays = claimWindowDays;
        this.offers.clear();
        this.offers.putAll(offers);
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getCollaborativeId() {
        return collaborativeId;
    }

    public String getTitle() {
        return title;
    }

    public ActivityLink.Kind getLinkKind() {
        return linkKind;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public String getProvider() {
        return provider;
    }

    public String getAccreditationStatement() {
        return accreditationStatement;
    }

    public String getDesignationStatement() {
        return designationStatement;
    }

    public String getDisclosures() {
        return disclosures;
    }

    public int getClaimWindowDays() {
        return claimWindowDays;
    }

    public Map<CreditType, BigDecimal> getOffers() {
        return Map.copyOf(offers);
    }
}
