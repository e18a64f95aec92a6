package org.allteach.ui;

import java.util.UUID;

/** A short id that links what a person sees on an error page to the full error in the server log. */
final class ErrorReference {

    private ErrorReference() {
    }

    static String next() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
