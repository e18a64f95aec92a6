package org.allteach.shared.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A date picker whose typed text is checked by the form: text that is not a date gets "Enter a date like …", not
 * the misleading "Choose a date" that an empty value would get.
 */
public class DateField extends DatePicker {

    public DateField(String label) {
        super(label);
        setManualValidation(true);
    }

    /**
     * Marks typed text that is not a date.
     *
     * @return whether it did
     */
    public boolean markUnreadableInput(Locale locale) {
        if (!isInputUnparsable()) {
            return false;
        }
        String example = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale)
                .format(LocalDate.now().withMonth(6).withDayOfMonth(1));
        FieldErrors.mark(this, "Enter a date like " + example + ", or pick one from the calendar.");
        return true;
    }
}
