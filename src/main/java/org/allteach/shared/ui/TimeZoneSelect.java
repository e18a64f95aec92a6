package org.allteach.shared.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;

/**
 * A searchable time-zone picker: "America/Chicago · Central Time (UTC−06:00)". Regions only (no "EST5EDT"),
 * sorted by offset so neighbours are near each other.
 */
public class TimeZoneSelect extends ComboBox<ZoneId> {

    private static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .map(ZoneId::of)
            .sorted(Comparator.comparing((ZoneId zone) -> offsetNow(zone)).reversed().thenComparing(ZoneId::getId))
            .toList();

    public TimeZoneSelect(String label) {
        super(label);
        setItems(ZONES);
        setItemLabelGenerator(TimeZoneSelect::describe);
        setWidthFull();
    }

    /** Pre-selects the browser's own zone when nothing is chosen yet. */
    public void defaultToBrowserZone() {
        UI.getCurrent().getPage().retrieveExtendedClientDetails(details -> {
            if (getValue() == null && details.getTimeZoneId() != null) {
                try {
                    setValue(ZoneId.of(details.getTimeZoneId()));
                } catch (RuntimeException unknownZone) {
                    // leave it empty; the person picks one
                }
            }
        });
    }

    public static String describe(ZoneId zone) {
        String name = zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String offset = offsetNow(zone).getId().replace("Z", "+00:00").replace('-', '\u2212');
        return zone.getId().replace('_', ' ') + " \u00b7 " + name + " (UTC" + offset + ")";
    }

    private static ZoneOffset offsetNow(ZoneId zone) {
        return zone.getRules().getOffset(Instant.now());
    }
}
