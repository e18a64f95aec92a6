package org.allteach.calendar.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.allteach.calendar.CalendarFeedLink;
import org.allteach.calendar.CalendarFeeds;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/**
 * The person's private calendar address for Google Calendar, Outlook or Apple Calendar: shown (with a copy button)
 * when it is made or reset, since only its hash is kept; how to subscribe; and resetting it.
 */
@Route("calendar/subscribe")
@PageTitle("Subscribe to your calendar · AllTeach")
@PermitAll
class CalendarSubscribeView extends Main {

    private final CalendarFeeds feeds;
    private final PersonProfile viewer;

    private final Div linkArea = new Div();
    final TextField url = new TextField("Your calendar link");
    final Button copy = new Button("Copy link", VaadinIcon.COPY_O.create());
    final Button reset = new Button("Reset link", VaadinIcon.REFRESH.create());

    CalendarSubscribeView(CalendarFeeds feeds, Accounts accounts) {
        this.feeds = feeds;
        this.viewer = accounts.myProfile();
        addClassName("page");
        Paragraph lead = new Paragraph("See your learning sessions, office hours and coaching calls in the calendar "
                + "you already use. Subscribe once; changes in AllTeach follow by themselves.");
        lead.addClassName("page-lead");
        add(new PageHeader("Subscribe to your calendar"), lead, linkSection(), howToSection());
        show(feeds.mine());
    }

    private Section linkSection() {
        url.setReadOnly(true);
        url.setWidthFull();
        url.getElement().setAttribute("spellcheck", "false");
        copy.addThemeVariants(ButtonVariant.PRIMARY);
        copy.addClickListener(click -> copyLink());
        reset.addClickListener(click -> confirmReset());
        Section section = new Section(new H2("Your private calendar link"), linkArea);
        section.addClassName("card");
        linkArea.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        return section;
    }

    private void show(CalendarFeedLink link) {
        linkArea.removeAll();
        if (link.urlShown()) {
            reset.setText("Reset link");
            url.setValue(link.url());
            HorizontalLayout row = new HorizontalLayout(url, copy);
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setFlexGrow(1, url);
            linkArea.add(row,
                    warning("Keep this link to yourself: anyone who has it can see your calendar. Copy it now — "
                            + "for your safety AllTeach keeps only a fingerprint of it and cannot show it again "
                            + "once you leave this page."),
                    actions(reset));
        } else {
            reset.setText("Make a new link");
            linkArea.add(
                    new Paragraph("You made your calendar link on " + when(link.createdAt()) + ". "
                            + (link.lastFetchedAt() == null ? "No calendar has fetched it yet."
                            : "A calendar last fetched it on " + when(link.lastFetchedAt()) + ".")),
                    muted("For your safety AllTeach keeps only a fingerprint of the link and cannot show it again. "
                            + "To add your calendar somewhere else, or if the link got into the wrong hands, make a "
                            + "new one: the old link stops working, and calendars that use it stop updating."),
                    actions(reset));
        }
    }

    private Section howToSection() {
        Div calendars = new Div(
                how("Google Calendar",
                        "On a computer, open calendar.google.com.",
                        "Next to “Other calendars”, choose + and then “From URL”.",
                        "Paste your link and choose “Add calendar”. It shows on your phone too."),
                how("Outlook",
                        "In Outlook on the web or the new Outlook, open the calendar and choose “Add calendar”.",
                        "Choose “Subscribe from web”, paste your link, name it “AllTeach” and choose “Import”.",
                        "In classic Outlook: Home › Add Calendar › From Internet."),
                how("Apple Calendar",
                        "On a Mac: File › New Calendar Subscription, paste your link, then set Auto-refresh to "
                                + "“Every hour”.",
                        "On iPhone or iPad: Settings › Apps › Calendar › Calendar Accounts › Add Account › Other › "
                                + "Add Subscribed Calendar."));
        calendars.addClassName("card-grid");
        Section section = new Section(new H2("Add it to your calendar"), calendars,
                muted("Calendars fetch the link on their own schedule: Apple Calendar as often as you set, Outlook "
                        + "every few hours, Google Calendar up to once a day. A change made in AllTeach can take that "
                        + "long to show; AllTeach and its emails are always up to date. The subscribed calendar is "
                        + "read-only: answer invitations, book and cancel in AllTeach."));
        section.addClassName("card");
        return section;
    }

    private void copyLink() {
        // The Clipboard API needs a secure page (https or localhost); elsewhere the link is selected for Ctrl+C.
        url.getElement().executeJs("""
                const text = $0;
                if (navigator.clipboard && window.isSecureContext) {
                    return navigator.clipboard.writeText(text).then(() => true, () => false);
                }
                return false;""", url.getValue())
                .then(Boolean.class, copied -> {
                    if (copied) {
                        FieldErrors.Notifications.success("Link copied. Paste it into your calendar.");
                    } else {
                        url.getElement().executeJs("this.inputElement.select()");
                        FieldErrors.Notifications.success("Link selected: press Ctrl+C (⌘C on a Mac) to copy it.");
                    }
                });
    }

    private void confirmReset() {
        ConfirmDialog confirm = new ConfirmDialog("Reset your calendar link?",
                "Your current link stops working at once: calendars subscribed to it stop updating until you "
                        + "subscribe them to the new link.",
                "Reset link", click -> {
                    show(feeds.reset());
                    FieldErrors.Notifications.success("New link made. The old one no longer works.");
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private String when(Instant instant) {
        ZoneId zone = viewer.timeZone();
        Locale locale = viewer.locale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone)) + " " + zone.getDisplayName(TextStyle.SHORT, locale);
    }

    private static Div how(String calendar, String... steps) {
        OrderedList list = new OrderedList();
        for (String step : steps) {
            list.add(new ListItem(step));
        }
        list.getStyle().set("margin", "var(--lumo-space-xs) 0 0").set("padding-inline-start", "1.25em");
        H3 title = new H3(calendar);
        title.getStyle().set("font-size", "var(--lumo-font-size-l)");
        return new Div(title, list);
    }

    private static Component actions(Button... buttons) {
        return new HorizontalLayout(buttons);
    }

    private static Paragraph warning(String text) {
        Paragraph paragraph = new Paragraph(VaadinIcon.LOCK.create(), new com.vaadin.flow.component.Text(" " + text));
        paragraph.getStyle().set("margin", "0");
        return paragraph;
    }

    private static Paragraph muted(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("muted");
        paragraph.getStyle().set("margin", "0");
        return paragraph;
    }
}
