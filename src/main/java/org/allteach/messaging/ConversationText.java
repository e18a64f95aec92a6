package org.allteach.messaging;

import java.util.List;
import java.util.stream.Collectors;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** How a conversation is named and previewed in lists and headers. */
final class ConversationText {

    private static final int SNIPPET_LENGTH = 140;
    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    private ConversationText() {
    }

    /** The subject, or else the other people's names ("Rosa Martinez, Kevin Tran"). */
    static String title(String subject, List<Participant> others) {
        if (subject != null) {
            return subject;
        }
        return others.isEmpty() ? "Only you" : others.stream().map(Participant::displayName)
                .collect(Collectors.joining(", "));
    }

    /** "Rosa" for "Rosa Martinez". */
    static String firstName(String displayName) {
        return displayName.strip().split("\\s+")[0];
    }

    /** The start of a message as one line of plain text: Markdown's marks removed, line breaks as spaces. */
    static String snippet(MessageKind kind, String body) {
        if (body == null) {
            return "";
        }
        String text = kind == MessageKind.NOTE ? body : PLAIN.render(PARSER.parse(body));
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= SNIPPET_LENGTH ? line : line.substring(0, SNIPPET_LENGTH - 1).stripTrailing() + "\u2026";
    }
}
