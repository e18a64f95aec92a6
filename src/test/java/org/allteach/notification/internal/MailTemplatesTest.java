package org.allteach.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void theInvitationNamesWhoInvitesToWhichTeamInHtmlAndText() {
        MailTemplates.Rendered mail = templates.render("invitation", invitation("Dana Whitfield"), Locale.US);

        assertThat(mail.html()).contains("Dana Whitfield").contains("Southside Chicago Partnership")
                .contains("href=\"http://localhost:8080/invitation/abc\"").contains("Accept the invitation");
        assertThat(mail.text()).contains("Dana Whitfield invites you to join 3-EM Diabetes Care Collaborative")
                .contains("as a participant in team Southside Chicago Partnership")
                .contains("http://localhost:8080/invitation/abc")
                .doesNotContain("<");
    }

    @Test
    void valuesAreEscapedInHtml() {
        MailTemplates.Rendered mail = templates.render("invitation", invitation("<script>alert(1)</script>"), Locale.US);

        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    private static Map<String, Object> invitation(String inviter) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", null);
        model.put("inviter", inviter);
        model.put("collaborative", "3-EM Diabetes Care Collaborative");
        model.put("focusArea", "Diabetes health equity");
        model.put("team", "Southside Chicago Partnership");
        model.put("role", "participant");
        model.put("link", "http://localhost:8080/invitation/abc");
        model.put("expires", "December 7, 2026");
        return model;
    }
}
