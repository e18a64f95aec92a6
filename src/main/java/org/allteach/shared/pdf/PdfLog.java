package org.allteach.shared.pdf;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages in the application's log rather than on standard error: its warnings and errors as such,
 * its running commentary (INFO: "Loading font…") at debug level.
 */
final class PdfLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else {
            logger.debug(message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are the application's logging configuration.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
                || LoggerFactory.getLogger("com.openhtmltopdf").isDebugEnabled();
    }
}
