package org.allteach.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.allteach.library.ResourceKind;
import org.allteach.search.SearchFacet;
import org.allteach.search.SearchQuery;
import org.allteach.search.SearchSort;

/**
 * The fixed mix of 200 queries the bench times, drawn from the corpus's own vocabulary with a fixed seed: what people
 * type into a search box, lower-case.
 */
final class SearchBenchQueries {

    enum Kind {
        COMMON_WORD("single common word", 45),
        RARE_WORD("single rare word (a name)", 30),
        TWO_WORDS("two words", 35),
        PHRASE("\"quoted phrase\"", 30),
        TYPO("misspelled word (fuzzy)", 30),
        FILTERED("word(s) + kind/focus/year filter", 30);

        final String label;
        final int count;

        Kind(String label, int count) {
            this.label = label;
            this.count = count;
        }
    }

    /**
     * @param clauses words, or phrases (with a space) that must match in order; every clause must match
     * @param facet   a filter chosen on the results page, or null
     */
    record BenchQuery(Kind kind, List<String> clauses, SearchFacet facet, String facetValue) {

        /** As typed into the search box. */
        String text() {
            return String.join(" ", clauses.stream().map(c -> c.contains(" ") ? "\"" + c + "\"" : c).toList());
        }

        /** The first page of 20 by relevance, with facets and highlights, as the search page asks. */
        SearchQuery searchQuery() {
            Map<SearchFacet, Set<String>> filters = facet == null ? Map.of() : Map.of(facet, Set.of(facetValue));
            return new SearchQuery(text(), filters, SearchSort.RELEVANCE, 0, 20);
        }

        @Override
        public String toString() {
            return text() + (facet == null ? "" : " [" + facet.label() + ": " + facetValue + "]");
        }
    }

    /** Stop words of Lucene's English analyser and of InnoDB's FULLTEXT parser: no one searches a phrase of them. */
    private static final Set<String> STOP_WORDS = Set.of("a", "about", "an", "and", "are", "as", "at", "be", "but",
            "by", "for", "from", "how", "i", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such",
            "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "what", "when", "where",
            "who", "will", "with");
    private static final long SEED = 20_261_116;

    private SearchBenchQueries() {
    }

    static List<BenchQuery> mix(QiText text) {
        Random random = new Random(SEED);
        List<String> words = QiText.singleWordTerms().stream().map(SearchBenchQueries::typed).toList();
        List<String> phrases = QiText.TERMS.stream().filter(SearchBenchQueries::searchablePhrase)
                .map(SearchBenchQueries::typed).toList();
        List<String> longWords = words.stream().filter(word -> word.length() >= 6).limit(120).toList();
        List<BenchQuery> queries = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < kind.count; i++) {
                queries.add(switch (kind) {
                    case COMMON_WORD -> query(kind, words.get(random.nextInt(40)));
                    case RARE_WORD -> query(kind, typed(text.name(rareRank(random, text.nameCount()))));
                    case TWO_WORDS -> query(kind, words.get(random.nextInt(30)),
                            words.get(10 + random.nextInt(110)));
                    case PHRASE -> query(kind, phrases.get(random.nextInt(phrases.size())));
                    case TYPO -> query(kind, typo(longWords.get(random.nextInt(longWords.size())), random));
                    case FILTERED -> filtered(words.get(random.nextInt(60)), i, random);
                });
            }
        }
        Collections.shuffle(queries, random);
        return queries;
    }

    /** Ranks 100 to 20,000 of the names, evenly on a log scale: names found in a few hundred documents down to one. */
    private static int rareRank(Random random, int names) {
        return (int) Math.min(names - 1, Math.round(Math.exp(Math.log(100) + random.nextDouble()
                * (Math.log(20_000) - Math.log(100)))));
    }

    private static BenchQuery query(Kind kind, String... clauses) {
        return new BenchQuery(kind, List.of(clauses), null, null);
    }

    /** A third each by kind, focus area and year; the kind is one of the six resource kinds or discussions. */
    private static BenchQuery filtered(String word, int i, Random random) {
        return switch (i % 3) {
            case 0 -> {
                List<String> kinds = new ArrayList<>();
                for (ResourceKind kind : ResourceKind.values()) {
                    kinds.add(kind.label());
                }
                kinds.add("Discussion");
                yield new BenchQuery(Kind.FILTERED, List.of(word), SearchFacet.KIND,
                        kinds.get(random.nextInt(kinds.size())));
            }
            case 1 -> new BenchQuery(Kind.FILTERED, List.of(word), SearchFacet.FOCUS_AREA,
                    SearchBenchData.FOCUS_AREAS.get(random.nextInt(SearchBenchData.FOCUS_AREAS.size())));
            default -> new BenchQuery(Kind.FILTERED, List.of(word), SearchFacet.YEAR,
                    String.valueOf(SearchBenchData.LAST_YEAR - random.nextInt(8)));
        };
    }

    /** One slip of the keyboard: a letter left out, two swapped, or a wrong vowel. */
    private static String typo(String word, Random random) {
        int at = 1 + random.nextInt(word.length() - 2);
        char[] letters = word.toCharArray();
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> {
                char swapped = letters[at];
                letters[at] = letters[at + 1];
                letters[at + 1] = swapped;
                String typo = new String(letters);
                yield typo.equals(word) ? word.substring(0, at) + word.substring(at + 1) : typo;
            }
            default -> {
                String vowels = "aeiou";
                List<Integer> vowelsAt = new ArrayList<>();
                for (int p = 1; p < letters.length; p++) {
                    if (vowels.indexOf(letters[p]) >= 0) {
                        vowelsAt.add(p);
                    }
                }
                int position = vowelsAt.isEmpty() ? at : vowelsAt.get(random.nextInt(vowelsAt.size()));
                letters[position] = vowels.charAt((vowels.indexOf(letters[position]) + 1 + random.nextInt(4)) % 5);
                yield new String(letters);
            }
        };
    }

    /** Words of three letters or more, none a stop word, no hyphens: what both engines can match as a phrase. */
    private static boolean searchablePhrase(String term) {
        String[] parts = term.split(" ");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!part.matches("[A-Za-z][A-Za-z0-9]{2,}") || STOP_WORDS.contains(typed(part))) {
                return false;
            }
        }
        return true;
    }

    private static String typed(String term) {
        return term.toLowerCase(Locale.ROOT);
    }
}
