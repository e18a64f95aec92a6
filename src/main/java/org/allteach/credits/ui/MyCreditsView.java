package org.allteach.credits.ui;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.allteach.credits.ClaimableActivity;
import org.allteach.credits.ClaimedCredit;
import org.allteach.credits.CreditClaims;
import org.allteach.credits.CreditType;
import org.allteach.credits.MocAttestations;
import org.allteach.credits.RecordingToAttest;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.Dates;
import org.allteach.shared.ui.Downloads;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/**
 * The signed-in person's continuing-education credit: the activities they attended with their claim windows, the
 * evaluation each needs first, the claim form, their certificates and their transcript. Every download goes through
 * {@link CreditClaims}, which serves only the signed-in person's own documents.
 */
@Route("credits")
@PageTitle("My credits · AllTeach")
@Menu(order = 8, title = "Credits", icon = "vaadin:diploma")
@StyleSheet("context://styles/credits.css")
@PermitAll
class MyCreditsView extends Main implements BeforeEnterObserver {

    private final CreditClaims claims;
    private final Accounts accounts;
    private final ZoneId zone;
    private final Locale locale;
    private final Span profession = new Span();
    private final Div activities = new Div();
    private final Div recordingsSection = new Div();
    final List<ActivityCard> cards = new ArrayList<>();
    final List<RecordingCard> recordings = new ArrayList<>();
    final Grid<ClaimedCredit> certificates = new Grid<>();
    final Anchor transcriptPdf;
    final Anchor transcriptCsv;

    MyCreditsView(CreditClaims claims, Accounts accounts, MocAttestations moc) {
        this.claims = claims;
        this.accounts = accounts;
        PersonProfile me = accounts.myProfile();
        this.zone = me.timeZone();
        this.locale = me.locale();
        addClassNames("page", "credits-page");
        transcriptPdf = new Anchor(Downloads.pdf("transcript.pdf", claims::myTranscriptPdf), "Transcript (PDF)");
        transcriptCsv = new Anchor(Downloads.csv("transcript.csv", claims::myTranscriptCsv), "Transcript (CSV)");
        transcriptPdf.addClassName("credits-download");
        transcriptCsv.addClassName("credits-download");
        Div downloads = new Div(VaadinIcon.DOWNLOAD_ALT.create(), transcriptPdf, transcriptCsv);
        downloads.addClassName("credits-transcript");
        Paragraph lead = new Paragraph("Sessions you attended open a claim window. Complete the short evaluation, "
                + "then claim the hours you took part in; each claim gives you a certificate anyone can verify.");
        lead.addClassName("page-lead");
        Paragraph eligibility = new Paragraph(profession, new Anchor("profile",
                "Your profession and credentials are on your profile."));
        eligibility.addClassName("credits-profession");
        activities.addClassName("credits-activities");
        recordingsSection.addClassName("credits-activities");
        add(new PageHeader("My credits", downloads), lead, eligibility, new H2("To claim"), activities,
                recordingsSection, new MocSection(moc), new H2("Certificates"), certificatesGrid());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        PersonProfile me = accounts.myProfile();
        profession.setText(me.profession() == null
                ? "You have not said your profession, so only certificates of participation are offered to you. "
                : "The credit types offered to you are those open to a "
                        + me.profession().label().toLowerCase(Locale.ROOT) + ". ");
        activities.removeAll();
        cards.clear();
        List<ClaimableActivity> mine = claims.myActivities();
        for (ClaimableActivity activity : mine) {
            ActivityCard card = new ActivityCard(activity);
            cards.add(card);
            activities.add(card);
        }
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph("Nothing to claim yet. When a host records your attendance at a session "
                    + "that offers credit, it appears here.");
            none.addClassName("credits-empty");
            activities.add(none);
        }
        recordingsSection.removeAll();
        recordings.clear();
        List<RecordingToAttest> toWatch = claims.recordingsToAttest();
        if (!toWatch.isEmpty()) {
            Paragraph intro = new Paragraph("Watch a recording, then say how long you spent on it to open its claim "
                    + "window.");
            intro.addClassName("page-lead");
            recordingsSection.add(new H2("Recordings offering credit"), intro);
            for (RecordingToAttest recording : toWatch) {
                RecordingCard card = new RecordingCard(recording);
                recordings.add(card);
                recordingsSection.add(card);
            }
        }
        certificates.setItems(claims.myCredits());
    }

    private Grid<ClaimedCredit> certificatesGrid() {
        certificates.addColumn(ClaimedCredit::activityTitle).setHeader("Activity").setFlexGrow(3);
        certificates.addColumn(credit -> credit.creditType().label()).setHeader("Credit").setFlexGrow(2);
        certificates.addColumn(credit -> hours(credit.hours())).setHeader("Hours").setAutoWidth(true).setFlexGrow(0);
        certificates.addColumn(credit -> Dates.format(credit.issuedOn(), locale)).setHeader("Issued")
                .setAutoWidth(true).setFlexGrow(0);
        certificates.addColumn(ClaimedCredit::verificationCode).setHeader("Verification code").setAutoWidth(true)
                .setFlexGrow(0);
        certificates.addComponentColumn(this::certificateDownload).setAutoWidth(true).setFlexGrow(0);
        certificates.setAllRowsVisible(true);
        certificates.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        certificates.setEmptyStateText("No certificates yet.");
        certificates.addClassName("credits-certificates");
        return certificates;
    }

    /** The certificate's id comes from the person's own list, and the service checks it is theirs again. */
    private Anchor certificateDownload(ClaimedCredit credit) {
        Anchor download = new Anchor(Downloads.pdf("certificate-" + credit.verificationCode() + ".pdf",
                () -> claims.myCertificatePdf(credit.certificateId())), "Download certificate");
        download.addClassName("credits-download");
        return download;
    }

    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    static String duration(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    /** A recording the person may watch and attest: link to it and the time they spent. */
    final class RecordingCard extends Div {

        final RecordingToAttest recording;
        final IntegerField minutes = new IntegerField("Minutes you spent");
        final Button attest = new Button("I completed it");

        RecordingCard(RecordingToAttest recording) {
            this.recording = recording;
            addClassNames("card", "credit-activity");
            Anchor watch = new Anchor("library/" + recording.resourceId(), "Open the recording");
            Paragraph facts = new Paragraph(watch, new Span(" \u00b7 credit for up to "
                    + duration(recording.mostMinutes())));
            facts.addClassName("credit-activity-facts");
            minutes.setMin(1);
            minutes.setMax(recording.mostMinutes());
            minutes.setStepButtonsVisible(true);
            minutes.addClassName("credit-hours");
            attest.addThemeVariants(ButtonVariant.PRIMARY);
            attest.addClickListener(click -> attest());
            Div row = new Div(minutes);
            row.addClassName("credit-claim-row");
            Div form = new Div(row, attest);
            form.addClassName("credit-claim");
            add(new H3(recording.title()), facts, form);
        }

        private void attest() {
            FieldErrors.clear(Map.of("minutes", minutes));
            if (minutes.getValue() == null) {
                FieldErrors.mark(minutes, "Enter the minutes you spent, at most " + recording.mostMinutes() + ".");
                return;
            }
            try {
                claims.attestCompletion(recording.activityId(), minutes.getValue());
            } catch (InvalidInput invalid) {
                FieldErrors.show(invalid, Map.of("minutes", minutes));
                return;
            }
            FieldErrors.Notifications.success("Recorded. Complete the evaluation to claim credit.");
            refresh();
        }
    }

    /** One attended activity: where its claim stands and the form for the next step. */
    final class ActivityCard extends Div {

        final ClaimableActivity activity;
        /** Shown while the activity waits for the person's evaluation; null once it is done. */
        EvaluationForm evaluation;
        final Select<CreditType> creditType = new Select<>();
        final NumberField hours = new NumberField("Hours");
        final Button claim = new Button("Claim credit");
        final Paragraph limits = new Paragraph();

        ActivityCard(ClaimableActivity activity) {
            this.activity = activity;
            addClassNames("card", "credit-activity");
            H3 title = new H3(activity.title());
            Paragraph facts = new Paragraph((activity.enduring() ? "You attested " : "You attended ")
                    + duration(activity.minutesAttended()) + " \u00b7 " + window());
            facts.addClassName("credit-activity-facts");
            add(title, facts);
            if (!activity.claimed().isEmpty()) {
                add(claimedLine());
            }
            if (!activity.windowOpen()) {
                if (activity.claimable().isEmpty()) {
                    return;
                }
                Paragraph closed = new Paragraph("The claim window has closed. If you could not claim in time, ask "
                        + "the organiser; they can extend it for you.");
                closed.addClassName("credit-activity-note");
                add(closed);
            } else if (!activity.evaluated()) {
                evaluation = new EvaluationForm(claims, activity.activityId(), "Evaluation (needed before "
                        + "claiming). Your answers are anonymous: organisers see what was said, not who said it.",
                        MyCreditsView.this::refresh);
                add(evaluation);
            } else if (!activity.claimable().isEmpty()) {
                add(claimForm());
            } else if (activity.claimed().isEmpty()) {
                Paragraph nothing = new Paragraph("None of the credit types this activity offers is open to your "
                        + "profession, or your time is too short to claim.");
                nothing.addClassName("credit-activity-note");
                add(nothing);
            }
        }

        private String window() {
            if (activity.windowEnd() == null) {
                return "no claim window";
            }
            String end = Dates.format(activity.windowEnd().atZone(zone).toLocalDate(), locale);
            return activity.windowOpen() ? "claim by " + end : "claim window closed " + end;
        }

        private Paragraph claimedLine() {
            Paragraph claimed = new Paragraph("Claimed: " + activity.claimed().entrySet().stream()
                    .map(entry -> hours(entry.getValue()) + " \u00d7 " + entry.getKey().label())
                    .collect(Collectors.joining("; ")));
            claimed.addClassName("credit-activity-claimed");
            return claimed;
        }

        private Div claimForm() {
            creditType.setLabel("Credit type");
            creditType.setItems(activity.claimable().keySet());
            creditType.setItemLabelGenerator(CreditType::label);
            creditType.addValueChangeListener(change -> describeHours(change.getValue()));
            hours.setStepButtonsVisible(true);
            hours.addClassName("credit-hours");
            creditType.setValue(activity.claimable().keySet().iterator().next());
            claim.addThemeVariants(ButtonVariant.PRIMARY);
            claim.addClickListener(click -> claim());
            Div row = new Div(creditType, hours);
            row.addClassName("credit-claim-row");
            limits.addClassName("credit-claim-limits");
            Div form = new Div(row, limits, claim);
            form.addClassName("credit-claim");
            return form;
        }

        private void describeHours(CreditType type) {
            if (type == null) {
                return;
            }
            BigDecimal most = activity.claimable().get(type);
            hours.setStep(type.step().doubleValue());
            hours.setMin(type.step().doubleValue());
            if (hours.getValue() == null || hours.getValue() > most.doubleValue()) {
                hours.setValue(most.doubleValue());
            }
            BigDecimal before = activity.claimed().get(type);
            limits.setText(before == null ? "At most " + hours(most) + " hours: the activity's maximum or your time ("
                    + duration(activity.minutesAttended()) + "), whichever is less, in steps of " + hours(type.step())
                    + "." : "At most " + hours(most) + " more hours for the sessions since your claim of "
                    + hours(before) + ", in steps of " + hours(type.step()) + ".");
        }

        private void claim() {
            Map<String, HasValidation> fields = Map.of("creditType", creditType,
                    "hours", hours);
            FieldErrors.clear(fields);
            if (creditType.getValue() == null) {
                FieldErrors.mark(creditType, "Choose the kind of credit.");
                return;
            }
            if (hours.getValue() == null) {
                FieldErrors.mark(hours, "Enter the hours you claim.");
                return;
            }
            try {
                claims.claim(activity.activityId(), creditType.getValue(), BigDecimal.valueOf(hours.getValue()));
            } catch (InvalidInput invalid) {
                FieldErrors.show(invalid, fields);
                return;
            }
            FieldErrors.Notifications.success("Credit claimed. Your certificate is ready to download.");
            refresh();
        }
    }
}
