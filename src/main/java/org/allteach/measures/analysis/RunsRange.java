package org.allteach.measures.analysis;

/** The numbers of runs a random series of this many useful observations shows: fewer or more is a signal. */
public record RunsRange(int usefulObservations, int fewest, int most) {

    public boolean tooFew(int runs) {
        return runs < fewest;
    }

    public boolean tooMany(int runs) {
        return runs > most;
    }
}
