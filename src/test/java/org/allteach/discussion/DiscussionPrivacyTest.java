package org.allteach.discussion;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.NoSuchElementException;

import org.allteach.discussion.internal.PostAnnotations;
import org.allteach.files.FileStorage;
import org.allteach.files.SampleFiles;
import org.allteach.files.StoredFile;
import org.allteach.files.UploadRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A team's private space stays private: not listed, not opened, no mentions or notifications leak out of it. */
class DiscussionPrivacyTest extends DiscussionTestSupport {

    @Autowired
    private ApplicationEventMulticaster multicaster;

    @Autowired
    private FileStorage files;

    @Autowired
    private PostAnnotations annotations;

    private long teamAChallenges;
    private long privateThread;

    @BeforeEach
    void teamAHasAPrivateThread() {
        createScenario();
        teamAChallenges = teamCategory(scenario.leadA(), scenario.teamAName(), CategoryKind.CHALLENGES);
        privateThread = startThread(scenario.leadA(), teamAChallenges, "Our no-show rate doubled",
                "We are embarrassed: the **no-show** rate doubled in March.");
    }

    @Test
    void participantOfAnotherTeamDoesNotSeeTheTeamSpaceListed() {
        List<SpaceOverview> spaces = as(scenario.participantB(), () -> discussions.mySpaces());
        assertThat(spaces).extracting(SpaceOverview::name)
                .contains(scenario.collaborativeName(), scenario.teamBName())
                .doesNotContain(scenario.teamAName());
    }

    @Test
    void teamCoachAndOrganiserSeeTheTeamSpace() {
        assertThat(as(scenario.coachA(), () -> discussions.mySpaces())).extracting(SpaceOverview::name)
                .contains(scenario.teamAName()).doesNotContain(scenario.teamBName());
        assertThat(as(scenario.organiser(), () -> discussions.mySpaces())).extracting(SpaceOverview::name)
                .contains(scenario.teamAName(), scenario.teamBName());
    }

    @Test
    void participantOfAnotherTeamCannotListOpenOrReadTheTeamsThreads() {
        as(scenario.participantB(), () -> {
            assertThatThrownBy(() -> discussions.threads(teamAChallenges, 0, 20))
                    .isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> discussions.countThreads(teamAChallenges))
                    .isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> discussions.category(teamAChallenges)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> discussions.thread(privateThread)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> discussions.posts(privateThread, 1, 20))
                    .isInstanceOf(NoSuchElementException.class);
        });
    }

    @Test
    void participantOfAnotherTeamCannotWriteReactOrFlagThere() {
        long firstPost = as(scenario.leadA(), () -> discussions.posts(privateThread, 1, 1)).getFirst().id();
        as(scenario.participantB(), () -> {
            assertThatThrownBy(() -> posting.reply(privateThread, "Let me in", null))
                    .isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> posting.startThread(new NewThread(teamAChallenges, "Hi", "Hello", List.of())))
                    .isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> posting.toggleReaction(firstPost, Reaction.LIKE))
                    .isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> moderation.flag(firstPost, FlagReason.SPAM, null))
                    .isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> discussions.history(firstPost)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> discussions.mentionable(
                    as(scenario.leadA(), () -> discussions.thread(privateThread)).spaceId(), ""))
                    .isInstanceOf(NoSuchElementException.class);
        });
    }

    @Test
    void filesAttachedInATeamSpaceCannotBeDownloadedByAnotherTeam() {
        StoredFile plan = as(scenario.leadA(), () -> files.store("Plan.pdf", new ByteArrayInputStream(SampleFiles.pdf()),
                UploadRules.documents(1_000_000)));
        as(scenario.leadA(), () -> posting.reply(privateThread, "Our plan", null, List.of(plan.id())));
        assertThat(as(scenario.participantA(), () -> files.findReadable(plan.id()))).isPresent();
        assertThat(as(scenario.coachA(), () -> files.findReadable(plan.id()))).isPresent();
        assertThat(as(scenario.participantB(), () -> files.findReadable(plan.id()))).isEmpty();
        assertThat(as(scenario.outsider(), () -> files.findReadable(plan.id()))).isEmpty();
    }

    @Test
    void mentioningSomeoneOutsideTheTeamLeaksNothingToThem() {
        List<MentionMade> mentions = new java.util.ArrayList<>();
        ApplicationListener<ApplicationEvent> recorder = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof MentionMade m) {
                mentions.add(m);
            }
        };
        multicaster.addApplicationListener(recorder);
        try {
            int number = as(scenario.leadA(), () -> posting.reply(privateThread,
                    "@Bea Otherteam and @Paul Participant, what do you think?", null));
            PostView reply = as(scenario.leadA(), () -> discussions.posts(privateThread, number, 1)).getFirst();
            assertThat(mentions).extracting(MentionMade::mentionedPersonId)
                    .containsExactly(scenario.participantA().id());
            assertThat(reply.html()).contains("data-person=\"" + scenario.participantA().id() + "\"")
                    .doesNotContain("data-person=\"" + scenario.participantB().id() + "\"")
                    .contains("Bea Otherteam");
        } finally {
            multicaster.removeApplicationListener(recorder);
        }
        assertThat(discussions.mayRead(scenario.participantB().id(), privateThread)).isFalse();
        assertThat(discussions.mayRead(scenario.participantA().id(), privateThread)).isTrue();
    }

    @Test
    void theSettingsListWatchedAndMutedThreadsAndCategoriesOnlyWhileTheyAreReadable() {
        long openIdeas = openCategory(scenario.participantB(), CategoryKind.SUCCESSES);
        long openThread = startThread(scenario.participantB(), openIdeas, "Text reminders worked", "Try them.");
        long tracked = startThread(scenario.participantB(), openIdeas, "Monthly call notes", "Notes inside.");
        as(scenario.participantB(), () -> {
            posting.setThreadLevel(openThread, NotificationLevel.WATCHING);
            posting.setCategoryLevel(openIdeas, NotificationLevel.MUTED);
            posting.setThreadLevel(tracked, NotificationLevel.TRACKING);
        });
        // as if B had watched team A's thread while in team A, and then left it
        annotations.setThreadLevel(privateThread, scenario.participantB().id(), NotificationLevel.WATCHING);
        // and it is the latest active, so a first page of choices holds it before the readable thread
        as(scenario.leadA(), () -> posting.reply(privateThread, "Still doubled in April.", null));

        List<LevelChoice> choices = as(scenario.participantB(), () -> posting.myLevelChoices(50));

        assertThat(choices).extracting(LevelChoice::title, LevelChoice::level).containsExactly(
                tuple("Successes", NotificationLevel.MUTED), tuple("Text reminders worked", NotificationLevel.WATCHING));
        assertThat(choices.getFirst().isThread()).as("categories first").isFalse();
        assertThat(choices.getFirst().link()).isEqualTo("discuss/c/" + openIdeas);
        assertThat(choices.get(1).where()).startsWith(scenario.collaborativeName() + " · ");
        assertThat(choices.get(1).link()).isEqualTo("discuss/t/" + openThread);
        assertThat(as(scenario.participantB(), () -> posting.myLevelChoices(2))).as("paged past what B cannot read")
                .extracting(LevelChoice::title).containsExactly("Successes", "Text reminders worked");
        assertThat(as(scenario.participantA(), () -> posting.myLevelChoices(50))).isEmpty();
    }

    @Test
    void onlyReadersCanWatchATeamSpaceAndOnlyWatchersWhoCanReadAreNotified() {
        as(scenario.coachA(), () -> posting.setCategoryLevel(teamAChallenges, NotificationLevel.WATCHING));
        as(scenario.participantA(), () -> posting.setThreadLevel(privateThread, NotificationLevel.WATCHING));
        as(scenario.participantB(), () -> assertThatThrownBy(() -> posting.setCategoryLevel(teamAChallenges,
                NotificationLevel.WATCHING)).isInstanceOf(NoSuchElementException.class));
        List<PostCreated> created = new java.util.ArrayList<>();
        ApplicationListener<ApplicationEvent> recorder = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof PostCreated p) {
                created.add(p);
            }
        };
        multicaster.addApplicationListener(recorder);
        try {
            as(scenario.leadA(), () -> posting.reply(privateThread, "Update: it is getting better.", 1));
        } finally {
            multicaster.removeApplicationListener(recorder);
        }
        assertThat(created).singleElement().satisfies(event -> {
            assertThat(event.watcherIds()).containsExactlyInAnyOrder(scenario.coachA().id(),
                    scenario.participantA().id());
            // the lead replied to their own post: nobody else to tell
            assertThat(event.repliedToAuthorId()).isNull();
        });
    }

    @Test
    void mentionSuggestionsOfferOnlyPeopleWhoCanReadTheSpace() {
        long spaceId = as(scenario.leadA(), () -> discussions.thread(privateThread)).spaceId();
        List<Mentionable> suggestions = as(scenario.leadA(), () -> discussions.mentionable(spaceId, ""));
        assertThat(suggestions).extracting(Mentionable::personId)
                .contains(scenario.participantA().id(), scenario.coachA().id(), scenario.organiser().id())
                .doesNotContain(scenario.participantB().id(), scenario.outsider().id(), scenario.leadA().id());
    }

    @Test
    void mentionsInTheOpenSpaceReachEveryMemberButNoOutsider() {
        long open = openCategory(scenario.leadA(), CategoryKind.SUCCESSES);
        long thread = startThread(scenario.leadA(), open, "Shout-out", "Thanks @Bea Otherteam and @Oscar Outsider!");
        PostView post = as(scenario.participantB(), () -> discussions.posts(thread, 1, 1)).getFirst();
        assertThat(post.html()).contains("data-person=\"" + scenario.participantB().id() + "\"")
                .doesNotContain("data-person=\"" + scenario.outsider().id() + "\"");
        long spaceId = as(scenario.leadA(), () -> discussions.thread(thread)).spaceId();
        assertThat(as(scenario.leadA(), () -> discussions.mentionable(spaceId, "Bea")))
                .extracting(Mentionable::personId).containsExactly(scenario.participantB().id());
        assertThat(discussions.mayRead(scenario.participantB().id(), thread)).isTrue();
        assertThat(discussions.mayRead(scenario.outsider().id(), thread)).isFalse();
    }

    @Test
    void outsiderSeesNoSpaceAtAll() {
        assertThat(as(scenario.outsider(), () -> discussions.mySpaces())).isEmpty();
        long open = openCategory(scenario.leadA(), CategoryKind.SUCCESSES);
        as(scenario.outsider(), () -> assertThatThrownBy(() -> discussions.threads(open, 0, 10))
                .isInstanceOf(NoSuchElementException.class));
    }
}
