package org.allteach.library.internal;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The text reader with a parser that gets stuck in a CPU loop, never to return, when it meets the word
 * {@value #STUCK_HERE} in a file: what a parser bug does with a damaged file.
 */
public final class LoopingTextReader {

    static final String STUCK_HERE = "NEVERENDING";

    private LoopingTextReader() {
    }

    public static void main(String[] args) throws IOException {
        TextReader.serve(Integer.parseInt(args[0]), new ParserDecorator(new AutoDetectParser()) {
            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                    throws IOException, SAXException, TikaException {
                super.parse(stream, new ContentHandlerDecorator(handler) {
                    @Override
                    public void characters(char[] ch, int start, int length) throws SAXException {
                        while (new String(ch, start, length).contains(STUCK_HERE)) {
                            Thread.onSpinWait();
                        }
                        super.characters(ch, start, length);
                    }
                }, metadata, context);
            }
        });
    }
}
