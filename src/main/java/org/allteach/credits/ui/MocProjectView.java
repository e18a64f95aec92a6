package org.allteach.credits.ui;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.collaborative.TeamRef;
import org.allteach.credits.Attestation;
import org.allteach.credits.AttestationDetails;
import org.allteach.credits.AttestationStatus;
import org.allteach.credits.AttestationStep;
import org.allteach.credits.ClaimableActivity;
import org.allteach.credits.CreditClaims;
import org.allteach.credits.CreditType;
import org.allteach.credits.MocAttestations;
import org.allteach.credits.MocProject;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/**
 * A participant's MOC Part IV page for their collaborative's QI project: the attestation form (again, with what they
 * wrote, when it is returned), where it stands with its timeline, and the claim once an organiser approved it.
 */
@Route("credits/moc/:activityId([0-9]+)")
@PageTitle("MOC Part IV · AllTeach")
@StyleSheet("context://styles/credits.css")
@StyleSheet("context://styles/moc.css")
@PermitAll
class MocProjectView extends Main implements BeforeEnterObserver {

    private final MocAttestations moc;
    private final CreditClaims claims;
    private final ZoneId zone;
    private final Locale locale;
    private final PageHeader header = new PageHeader("MOC Part IV");
    private final Paragraph intro = new Paragraph();
    private final Div body = new Div();

    final Select<TeamRef> team = new Select<>();
    final Select<YearMonth> from = new Select<>();
    final Select<YearMonth> to = new Select<>();
    final TextArea aims = new TextArea("The project's aims");
    final TextArea role = new TextArea("Your role in the project");
    final Checkbox attested = new Checkbox(MocAttestations.STATEMENT);
    final Button submit = new Button("Submit attestation");

    // The evaluation and claim forms are built anew each time the page shows them (fresh listeners).
    EvaluationForm evaluation;
    Select<CreditType> creditType;
    NumberField amount;
    Button claim;

    private long activityId;
    MocProject project;

    MocProjectView(MocAttestations moc, CreditClaims claims, Accounts accounts) {
        this.moc = moc;
        this.claims = claims;
        PersonProfile me = accounts.myProfile();
        this.zone = me.timeZone();
        this.locale = me.locale();
        addClassNames("page", "moc-page");
        intro.addClassName("page-lead");
        body.addClassName("moc-body");
        RouterLink back = new RouterLink("My credits", MyCreditsView.class);
        add(header, intro, body, back);
        buildForm();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        activityId = RouteIds.of(event, "activityId");
        show();
    }

    private void show() {
        try {
            project = moc.myProject(activityId);
        } catch (NoSuchElementException notYours) {
            throw new NotFoundException();
        }
        header.setTitle(project.title());
        intro.setText("Meaningful participation in " + project.collaborativeName() + "'s quality-improvement project "
                + "earns up to " + MyCreditsView.hours(project.maxPoints()) + " MOC Part IV points. Attest what you "
                + "did; a lead of your team co-signs, an organiser approves, and then you claim your points.");
        body.removeAll();
        Attestation attestation = project.attestation();
        if (attestation == null || attestation.mayEdit()) {
            if (attestation != null) {
                body.add(returned(attestation));
            }
            body.add(form(attestation));
        }
        if (attestation != null) {
            body.add(new AttestationCard(attestation, zone, locale));
        }
        if (attestation != null && attestation.status() == AttestationStatus.APPROVED) {
            body.add(claimSection());
        }
    }

    private void buildForm() {
        team.setLabel("Team");
        team.setItemLabelGenerator(TeamRef::name);
        from.setLabel("From");
        to.setLabel("To");
        from.setItemLabelGenerator(AttestationCard::month);
        to.setItemLabelGenerator(AttestationCard::month);
        aims.setHelperText("What the project set out to improve, for whom, by how much and by when.");
        role.setHelperText("What you did: the changes you tested, the data you collected or reviewed, the meetings "
                + "you took part in.");
        aims.setMaxLength(4000);
        role.setMaxLength(4000);
        aims.setWidthFull();
        role.setWidthFull();
        attested.addClassName("moc-statement");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(click -> submit());
    }

    private Div form(Attestation earlier) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = project.firstMonth(); !m.isAfter(project.lastMonth()); m = m.plusMonths(1)) {
            months.add(m);
        }
        from.setItems(months);
        to.setItems(months);
        team.setItems(project.myTeams());
        team.setVisible(project.myTeams().size() > 1);
        if (earlier != null) {
            project.myTeams().stream().filter(t -> t.id() == earlier.teamId()).findFirst().ifPresent(team::setValue);
            from.setValue(months.contains(earlier.from()) ? earlier.from() : null);
            to.setValue(months.contains(earlier.to()) ? earlier.to() : null);
            aims.setValue(earlier.aims());
            role.setValue(earlier.role());
            submit.setText("Resubmit attestation");
        } else if (project.myTeams().size() == 1) {
            team.setValue(project.myTeams().getFirst());
        }
        Div period = new Div(team, from, to);
        period.addClassName("moc-period");
        Div form = new Div(new H2(earlier == null ? "Attest your participation" : "Change and resubmit"), period,
                aims, role, attested, submit);
        form.addClassNames("card", "moc-form");
        return form;
    }

    private Div returned(Attestation attestation) {
        AttestationStep last = attestation.timeline().reversed().stream()
                .filter(step -> step.action() == AttestationStep.Action.RETURNED).findFirst().orElseThrow();
        Paragraph reason = new Paragraph(last.note());
        reason.addClassName("moc-returned-reason");
        Div box = new Div(new Paragraph(last.actorName() + " returned your attestation:"), reason);
        box.addClassName("moc-returned");
        return box;
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("team", team);
        fields.put("from", from);
        fields.put("to", to);
        fields.put("aims", aims);
        fields.put("role", role);
        fields.put("attested", attested);
        return fields;
    }

    private void submit() {
        Map<String, HasValidation> fields = fields();
        FieldErrors.clear(fields);
        FieldErrors.submit(fields, () -> {
            moc.attest(activityId, new AttestationDetails(team.getValue() == null ? null : team.getValue().id(),
                    from.getValue(), to.getValue(), aims.getValue(), role.getValue(), attested.getValue()));
            FieldErrors.Notifications.success("Attestation submitted. A lead of your team will co-sign it.");
            show();
        });
    }

    private Div claimSection() {
        Div section = new Div(new H2("Claim your points"));
        section.addClassNames("card", "moc-claim");
        ClaimableActivity activity = claims.myActivity(activityId);
        if (!activity.claimed().isEmpty()) {
            Paragraph claimed = new Paragraph("Claimed: " + activity.claimed().entrySet().stream()
                    .map(entry -> MyCreditsView.hours(entry.getValue()) + " \u00d7 " + entry.getKey().label())
                    .collect(Collectors.joining("; ")) + ". ");
            claimed.addClassName("credit-activity-claimed");
            section.add(claimed, new RouterLink("Download your certificate from My credits", MyCreditsView.class));
        }
        if (activity.claimable().isEmpty()) {
            return section;
        }
        if (!activity.windowOpen()) {
            section.add(new Paragraph("The claim window has closed. Ask the organiser to extend it for you."));
        } else if (!activity.evaluated()) {
            evaluation = new EvaluationForm(claims, activityId, "The organisers ask for a short evaluation first. "
                    + "Your answers are anonymous.", this::show);
            section.add(evaluation);
        } else {
            section.add(claimForm(activity));
        }
        return section;
    }

    private Div claimForm(ClaimableActivity activity) {
        creditType = new Select<>();
        amount = new NumberField("Points");
        claim = new Button("Claim credit");
        creditType.setLabel("Credit");
        creditType.setItems(activity.claimable().keySet());
        creditType.setItemLabelGenerator(CreditType::label);
        creditType.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                BigDecimal most = activity.claimable().get(change.getValue());
                amount.setLabel(change.getValue() == CreditType.MOC_PART_IV ? "Points" : "Hours");
                amount.setStep(change.getValue().step().doubleValue());
                amount.setMin(change.getValue().step().doubleValue());
                amount.setMax(most.doubleValue());
                amount.setValue(most.doubleValue());
                amount.setHelperText("At most " + MyCreditsView.hours(most) + ", in steps of "
                        + MyCreditsView.hours(change.getValue().step()) + ".");
            }
        });
        amount.setStepButtonsVisible(true);
        creditType.setValue(activity.claimable().containsKey(CreditType.MOC_PART_IV) ? CreditType.MOC_PART_IV
                : activity.claimable().keySet().iterator().next());
        claim.addThemeVariants(ButtonVariant.PRIMARY);
        claim.addClickListener(click -> {
            Map<String, HasValidation> fields = Map.of("creditType", creditType, "hours", amount);
            FieldErrors.clear(fields);
            if (amount.getValue() == null) {
                FieldErrors.mark(amount, "Enter what you claim.");
                return;
            }
            FieldErrors.submit(fields, () -> {
                claims.claim(activityId, creditType.getValue(), BigDecimal.valueOf(amount.getValue()));
                FieldErrors.Notifications.success("Credit claimed. Your certificate is on My credits.");
                show();
            });
        });
        Div row = new Div(creditType, amount);
        row.addClassName("credit-claim-row");
        Div form = new Div(row, claim);
        form.addClassName("credit-claim");
        return form;
    }
}
