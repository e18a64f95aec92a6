package org.allteach.community.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's directory entry and, for current members, their choice to join the community. */
@Entity
@Table(name = "community_profile")
public class MemberProfile {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "opted_in")
    private boolean optedIn;

    /** Nobody is listed without choosing it: by joining, or by saving their entry with "Show me in the directory". */
    private boolean listed;

    @Column(name = "ask_me_about")
    private String askMeAbout;

    @ElementCollection
    @CollectionTable(name = "community_expertise", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "tag")
    private Set<String> expertise = new LinkedHashSet<>();

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected MemberProfile() {
    }

    public MemberProfile(long personId, Instant now) {
        this.personId = personId;
        this.updatedAt = now;
    }

    /** Joining is choosing to be found, so it lists the person; leaving keeps their choice for a return. */
    public void optIn(boolean optedIn, Instant now) {
        this.optedIn = optedIn;
        if (optedIn) {
            this.listed = true;
        }
        this.updatedAt = now;
    }

    public void describe(List<String> expertise, String askMeAbout, boolean listed, Instant now) {
        this.expertise.clear();
        this.expertise.addAll(expertise);
        this.askMeAbout = askMeAbout;
        this.listed = listed;
        this.updatedAt = now;
    }

    public long getPersonId() {
        return personId;
    }

    public boolean isOptedIn() {
        return optedIn;
    }

    public boolean isListed() {
        return listed;
    }

    public String getAskMeAbout() {
        return askMeAbout;
    }

    public List<String> getExpertise() {
        return expertise.stream().sorted().toList();
    }
}
