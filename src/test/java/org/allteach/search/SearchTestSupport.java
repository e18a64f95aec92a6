package org.allteach.search;

import java.util.Random;

import org.allteach.search.internal.LuceneIndex;
import org.allteach.support.Await;

/** Words no other test uses, and waiting for the index to be built. */
public final class SearchTestSupport {

    private static final Random RANDOM = new Random();

    private SearchTestSupport() {
    }

    /** A made-up word no other document has, so each test reads only its own documents. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("qz");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    public static void awaitIndexReady(LuceneIndex index) {
        Await.until(index::status, status -> status.ready() && !status.building());
    }
}
