package org.allteach.community;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allteach.collaborative.Alumni;
import org.allteach.collaborative.AlumniRole;
import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.community.internal.MemberProfile;
import org.allteach.community.internal.MemberProfileRepository;
import org.allteach.identity.CurrentPerson;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.LikePattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to the community of practice, their directory entries, and the directory's search. Alumni of every
 * closed collaborative belong by their history; current members join by opting in. Anyone in a collaborative may
 * browse the directory and write to the people in it before opting in (docs/decisions/0034-community-of-practice.md):
 * the directory is how a new cohort finds the alumni who solved its problem.
 */
@Service
@Transactional(readOnly = true)
public class Community {

    static final int MAX_TAGS = 8;
    static final int MAX_TAG = 60;
    static final int MAX_ASK_ME_ABOUT = 300;

    private final MemberProfileRepository profiles;
    private final CollaborativeAccess access;
    private final Alumni alumni;
    private final CurrentPerson currentPerson;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Community(MemberProfileRepository profiles, CollaborativeAccess access, Alumni alumni, CurrentPerson currentPerson,
              ApplicationEventPublisher publisher, Clock clock) {
        this.profiles = profiles;
        this.access = access;
        this.alumni = alumni;
        this.currentPerson = currentPerson;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Whether a person (not necessarily the signed-in one) belongs to the community: an alumnus, or opted in. */
    public boolean isMember(long personId) {
        return profiles.countInCommunity(personId) > 0;
    }

    /** Whether the signed-in person belongs to the community and so reads and writes in its space. */
    public boolean amMember() {
        return isMember(currentPerson.requireId());
    }

    /**
     * Which of these people are listed in the directory: the community's members a new conversation may go to. Those
     * who left the directory (or never joined it) are not reachable by strangers; conversations already going on
     * continue.
     */
    public Set<Long> listedAmong(Collection<Long> personIds) {
        return personIds.isEmpty() ? Set.of() : Set.copyOf(profiles.listedAmong(personIds));
    }

    /**
     * Members whose name starts with the prefix, with the first line of their alumni history (or "Community member"),
     * for @mentions in the community's space. Only the community's members (and administrators) look people up here.
     */
    public List<CommunityMember> membersNamed(String prefix, int limit) {
        if (!currentPerson.isAdministrator() && !amMember()) {
            throw new AccessDeniedException("The community's members are looked up by its members.");
        }
        List<MemberProfileRepository.DirectoryRow> rows = profiles.findNamed(LikePattern.escape(prefix == null ? ""
                : prefix.strip()), Math.max(1, limit));
        Map<Long, List<AlumniRole>> history = alumni.historyOf(rows.stream()
                .map(MemberProfileRepository.DirectoryRow::getPersonId).toList());
        return rows.stream().map(row -> new CommunityMember(row.getPersonId(), row.getDisplayName(),
                history.getOrDefault(row.getPersonId(), List.of()).stream().findFirst().map(AlumniRole::label)
                        .orElse("Community member"))).toList();
    }

    /** Whether the signed-in person may browse the directory and write to its members: anyone in a collaborative. */
    public boolean mayBrowse() {
        return access.belongsToAny();
    }

    public void requireBrowser() {
        if (!mayBrowse()) {
            throw new AccessDeniedException("The community's directory is for members of a collaborative.");
        }
    }

    /** The signed-in person's place in the community and their directory entry. */
    public CommunityProfile myProfile() {
        long me = currentPerson.requireId();
        boolean alumnus = access.isAlumnus(me);
        MemberProfile profile = profiles.findById(me).orElse(null);
        boolean optedIn = profile != null && profile.isOptedIn();
        return new CommunityProfile(alumnus || optedIn, alumnus, optedIn, !alumnus && access.belongsToAny(),
                profile != null && profile.isListed(), profile != null,
                profile == null ? null : profile.getAskMeAbout(),
                profile == null ? List.of() : profile.getExpertise());
    }

    /**
     * A current member joins the community (or leaves it). Joining is choosing to be found, so it lists them in the
     * directory (they can leave it with {@link #describeMe}'s {@code listed}). Alumni belong by their history and are
     * listed only once they save their entry. Leaving publishes {@link CommunityLeft}.
     */
    @Transactional
    public void optIn(boolean join) {
        long me = currentPerson.requireId();
        if (!access.belongsToAny()) {
            throw new AccessDeniedException("Members of a collaborative join the community.");
        }
        if (!join && access.isAlumnus(me)) {
            throw InvalidInput.of("optedIn", "As an alumnus you belong to the community. To leave the directory, "
                    + "untick \"Show me in the directory\".");
        }
        MemberProfile profile = profileOf(me);
        boolean leaving = !join && profile.isOptedIn();
        profile.optIn(join, clock.instant());
        if (leaving) {
            publisher.publishEvent(new CommunityLeft(me));
        }
    }

    /**
     * Saves the signed-in member's directory entry.
     *
     * @throws InvalidInput with fields {@code expertise}, {@code askMeAbout}
     */
    @Transactional
    public void describeMe(List<String> expertise, String askMeAbout, boolean listed) {
        long me = currentPerson.requireId();
        if (!isMember(me)) {
            throw new AccessDeniedException("Join the community first: the directory lists its members.");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        List<String> tags = validTags(errors, expertise);
        String ask = errors.optionalText("askMeAbout", askMeAbout, MAX_ASK_ME_ABOUT);
        errors.throwIfAny();
        profileOf(me).describe(tags, ask, listed, clock.instant());
    }

    /**
     * One page of the directory, by name: listed members whose expertise tag is {@code tag} (when given) and whose
     * name, tags, "ask me about", or closed collaboratives and teams contain {@code text} (when given).
     */
    public List<DirectoryEntry> directory(String text, String tag, int offset, int limit) {
        requireBrowser();
        int size = Math.max(1, limit);
        return entries(profiles.findDirectory(LikePattern.escape(text), tagOrEmpty(tag),
                PageRequest.of(offset / size, size)));
    }

    /**
     * One page of the directory as {@link #directory} finds it by {@code text}, without the signed-in person and the
     * {@code excluded} people: whom a new conversation (or a conversation's new participant) may be.
     */
    public List<DirectoryEntry> directoryWithout(String text, Collection<Long> excluded, int offset, int limit) {
        requireBrowser();
        int size = Math.max(1, limit);
        Set<Long> leftOut = new LinkedHashSet<>(excluded);
        leftOut.add(currentPerson.requireId());
        return entries(profiles.findDirectoryWithout(LikePattern.escape(text), "", leftOut,
                PageRequest.of(offset / size, size)));
    }

    private List<DirectoryEntry> entries(List<MemberProfileRepository.DirectoryRow> rows) {
        List<Long> ids = rows.stream().map(MemberProfileRepository.DirectoryRow::getPersonId).toList();
        Map<Long, MemberProfile> entries = ids.isEmpty() ? Map.of() : profiles.findWithExpertise(ids).stream()
                .collect(Collectors.toMap(MemberProfile::getPersonId, Function.identity()));
        Map<Long, List<AlumniRole>> history = alumni.historyOf(ids);
        return rows.stream().map(row -> new DirectoryEntry(row.getPersonId(), row.getDisplayName(),
                row.getAskMeAbout(), entries.containsKey(row.getPersonId())
                ? entries.get(row.getPersonId()).getExpertise() : List.of(),
                history.getOrDefault(row.getPersonId(), List.of()))).toList();
    }

    public int countDirectory(String text, String tag) {
        requireBrowser();
        return Math.toIntExact(profiles.countDirectory(LikePattern.escape(text), tagOrEmpty(tag)));
    }

    /** The tags listed members use most, for filtering the directory. */
    public List<String> popularTags() {
        requireBrowser();
        return profiles.popularTags();
    }

    /** The roles the signed-in person held in closed collaboratives, for their own profile; none without any. */
    public List<AlumniRole> myHistory() {
        if (!access.belongsToAny()) {
            return List.of();
        }
        long me = currentPerson.requireId();
        return alumni.historyOf(List.of(me)).getOrDefault(me, List.of());
    }

    private MemberProfile profileOf(long personId) {
        return profiles.findById(personId).orElseGet(() -> profiles.save(new MemberProfile(personId,
                clock.instant())));
    }

    private static String tagOrEmpty(String tag) {
        return tag == null ? "" : normalised(tag);
    }

    private static String normalised(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static List<String> validTags(InvalidInput.Collector errors, List<String> expertise) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : expertise == null ? List.<String>of() : expertise) {
            String clean = tag == null ? "" : normalised(tag);
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.length() > MAX_TAG) {
                errors.add("expertise", "Keep each area of expertise to " + MAX_TAG + " characters.");
                return List.of();
            }
            tags.add(clean);
        }
        if (tags.size() > MAX_TAGS) {
            errors.add("expertise", "Name at most " + MAX_TAGS + " areas; the ones you would most like to be asked about.");
        }
        return new ArrayList<>(tags);
    }
}
