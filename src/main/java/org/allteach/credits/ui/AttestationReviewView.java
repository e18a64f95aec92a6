package org.allteach.credits.ui;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.credits.Attestation;
import org.allteach.credits.MocAttestations;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/**
 * One MOC Part IV attestation for the person who signs it next: a lead of the participant's team co-signs, an
 * organiser approves, and either returns it with a reason. The service decides who may read and sign it.
 */
@Route("credits/moc/review/:attestationId([0-9]+)")
@PageTitle("MOC Part IV attestation · AllTeach")
@StyleSheet("context://styles/credits.css")
@StyleSheet("context://styles/moc.css")
@PermitAll
class AttestationReviewView extends Main implements BeforeEnterObserver {

    private final MocAttestations moc;
    private final ZoneId zone;
    private final Locale locale;
    private final PageHeader header = new PageHeader("MOC Part IV attestation");
    private final Div body = new Div();

    final TextArea note = new TextArea("Note");
    final Button coSign = new Button("Co-sign");
    final Button approve = new Button("Approve");
    final Button sendBack = new Button("Return to participant");

    private long attestationId;
    AttestationCard card;

    AttestationReviewView(MocAttestations moc, Accounts accounts) {
        this.moc = moc;
        PersonProfile me = accounts.myProfile();
        this.zone = me.timeZone();
        this.locale = me.locale();
        addClassNames("page", "moc-page");
        body.addClassName("moc-body");
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setHelperText("Optional when you co-sign or approve; say what to change when you return it.");
        coSign.addThemeVariants(ButtonVariant.PRIMARY);
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        sendBack.addThemeVariants(ButtonVariant.ERROR);
        coSign.addClickListener(click -> act(() -> moc.coSign(attestationId, note.getValue()), "Co-signed."));
        approve.addClickListener(click -> act(() -> moc.approve(attestationId, note.getValue()),
                "Approved. The participant can claim their points now."));
        sendBack.addClickListener(click -> act(() -> moc.returnToParticipant(attestationId, note.getValue()),
                "Returned to the participant."));
        add(header, body, new RouterLink("All attestations waiting for you", MocQueueView.class));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        attestationId = RouteIds.of(event, "attestationId");
        show();
    }

    private void show() {
        Attestation attestation;
        try {
            attestation = moc.attestation(attestationId);
        } catch (NoSuchElementException notYours) {
            throw new NotFoundException();
        }
        header.setTitle(attestation.activityTitle());
        body.removeAll();
        card = new AttestationCard(attestation, zone, locale);
        body.add(card);
        coSign.setVisible(attestation.mayCoSign());
        approve.setVisible(attestation.mayApprove());
        sendBack.setVisible(attestation.mayReturn());
        if (attestation.mayReturn()) {
            Paragraph statement = new Paragraph("They attested: \u201c" + MocAttestations.STATEMENT + "\u201d");
            statement.addClassName("moc-quoted");
            Div buttons = new Div(coSign, approve, sendBack);
            buttons.addClassName("moc-actions");
            Div decide = new Div(statement, note, buttons);
            decide.addClassNames("card", "moc-decide");
            body.add(decide);
        } else {
            Paragraph nothing = new Paragraph("Nothing here waits for you.");
            nothing.addClassName("moc-nothing");
            body.add(nothing);
        }
    }

    private void act(Runnable step, String done) {
        Map<String, TextArea> fields = Map.of("note", note);
        FieldErrors.clear(fields);
        FieldErrors.submit(fields, () -> {
            step.run();
            FieldErrors.Notifications.success(done);
            note.clear();
            show();
        });
    }
}
