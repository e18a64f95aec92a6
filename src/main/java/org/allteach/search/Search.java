package org.allteach.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Teams;
import org.allteach.collaborative.VisibleScopes;
import org.allteach.search.internal.Searching;
import org.springframework.stereotype.Service;

/**
 * Searches the library and the discussions for the signed-in person: only what they may read is found, quoted or
 * counted.
 */
@Service
public class Search {

    private final Searching searching;
    private final CollaborativeAccess access;
    private final Collaboratives collaboratives;
    private final Teams teams;
    private final List<SearchAudiences> featureAudiences;

    Search(Searching searching, CollaborativeAccess access, Collaboratives collaboratives, Teams teams,
           List<SearchAudiences> featureAudiences) {
        this.featureAudiences = featureAudiences;
        this.searching = searching;
        this.access = access;
        this.collaboratives = collaboratives;
        this.teams = teams;
    }

    public SearchResults search(SearchQuery query) {
        return named(searching.search(query, audiences()));
    }

    /** Up to {@code limit} documents like the given one that the signed-in person may read. */
    public List<SearchResults.Hit> moreLikeThis(String type, long id, int limit) {
        List<SearchResults.Hit> hits = searching.moreLikeThis(SearchDocument.key(type, id), audiences(), limit);
        Map<Long, String> names = collaboratives.names(ids(hits.stream().map(SearchResults.Hit::collaborative)
                .toList()));
        return hits.stream().map(hit -> withCollaborativeName(hit, names)).toList();
    }

    /** The audiences of documents the signed-in person may read; null when they may read everything. */
    private Collection<String> audiences() {
        VisibleScopes scopes = access.visibleScopes();
        if (scopes.everything()) {
            return null;
        }
        List<String> audiences = new ArrayList<>();
        audiences.add(SearchDocument.PORTAL);
        scopes.collaborativeIds().forEach(id -> audiences.add(SearchDocument.collaborative(id)));
        scopes.teamIds().forEach(id -> audiences.add(SearchDocument.team(id)));
        featureAudiences.forEach(feature -> audiences.addAll(feature.ofSignedInPerson()));
        return audiences;
    }

    /** Collaboratives and teams are kept as ids in the index, so a renamed one shows its new name at once. */
    private SearchResults named(SearchResults results) {
        Set<String> collaborativeIds = new HashSet<>();
        results.hits().forEach(hit -> collaborativeIds.add(hit.collaborative()));
        Set<String> teamIds = new HashSet<>();
        for (SearchResults.FacetCounts counts : results.facets()) {
            counts.values().forEach(value -> (counts.facet() == SearchFacet.TEAM ? teamIds : collaborativeIds)
                    .add(value.value()));
        }
        Map<Long, String> collaborativeNames = collaboratives.names(ids(collaborativeIds));
        Map<Long, String> teamNames = teams.names(ids(teamIds));
        List<SearchResults.FacetCounts> facets = results.facets().stream().map(counts -> switch (counts.facet()) {
            case COLLABORATIVE -> relabel(counts, value -> collaborativeNames.getOrDefault(parse(value),
                    "A collaborative"));
            case TEAM -> relabel(counts, value -> teamNames.getOrDefault(parse(value), "A team of another collaborative"));
            default -> counts;
        }).toList();
        List<SearchResults.Hit> hits = results.hits().stream().map(hit -> withCollaborativeName(hit,
                collaborativeNames)).toList();
        return new SearchResults(results.total(), hits, facets, results.status());
    }

    private static SearchResults.FacetCounts relabel(SearchResults.FacetCounts counts, Function<String, String> label) {
        return new SearchResults.FacetCounts(counts.facet(), counts.values().stream()
                .map(v -> new SearchResults.FacetValue(v.value(), label.apply(v.value()), v.count(), v.selected()))
                .toList());
    }

    private static SearchResults.Hit withCollaborativeName(SearchResults.Hit hit, Map<Long, String> names) {
        return new SearchResults.Hit(hit.type(), hit.id(), hit.url(), hit.kind(), hit.titleHtml(), hit.snippetHtml(),
                names.getOrDefault(parse(hit.collaborative()), ""), hit.updatedAt());
    }

    private static Set<Long> ids(Collection<String> values) {
        Set<Long> ids = new HashSet<>();
        values.forEach(value -> {
            long id = parse(value);
            if (id > 0) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** Facet values come from URLs too: anything that is not an id names nothing. */
    private static long parse(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notAnId) {
            return -1;
        }
    }
}
