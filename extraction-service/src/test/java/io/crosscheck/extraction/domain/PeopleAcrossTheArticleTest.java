package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.Speaker;
import org.junit.jupiter.api.Test;

import static io.crosscheck.extraction.ClaimAssertions.claimStartingWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People resolved across the article: descriptions, pronouns, organisations speaking through documents and
 * people speaking together resolve to whom the article named (speakers/MentionRegister, Descriptions,
 * PersonSalience, CoordinatedSpeakers, PremodifiedNames), and indirect speech records its reading too.
 * Every name here is made up.
 */
class PeopleAcrossTheArticleTest {
    private static Speaker speakerOf(String text, String claimStart) {
        Claim claim = claimStartingWith(Nlp.claims(text), claimStart);
        assertThat(claim.hasSpeaker()).as("speaker of %s", claimStart).isTrue();
        return claim.getSpeaker();
    }

    @Test
    void aNameAfterItsOrganisationAndRoleIsTheSpeaker() {
        Speaker coach = speakerOf("\"We lost every battle at the net,\" said Valdoria Mariners head coach Tomas Brenner.", "We lost");

        assertThat(coach.getCanonicalName()).isEqualTo("Tomas Brenner");
        assertThat(coach.getType()).isEqualTo(EntityType.ENTITY_TYPE_PERSON);
    }

    @Test
    void aDescriptionResolvesToWhomTheArticleIntroducedWithIt() {
        String text = "Piotr Halas, the veteran defenceman, scored twice on Saturday.\n\n"
                + "Tomas Brenner, the head coach, said the team had found its rhythm.\n\n"
                + "\"It was a good night for all of us,\" said the defenceman.";

        Speaker defenceman = speakerOf(text, "It was a good night");

        assertThat(defenceman.getText()).isEqualTo("the defenceman");
        assertThat(defenceman.getCanonicalName()).isEqualTo("Piotr Halas"); // not the coach, who spoke last
    }

    @Test
    void anAgedDescriptionIsThePersonLastInView() {
        Speaker forward = speakerOf("Piotr Halas scored twice on Saturday. The 31-year-old forward said the team had found its rhythm.",
                "the team had found");

        assertThat(forward.getCanonicalName()).isEqualTo("Piotr Halas");
        assertThat(forward.getSieve()).isEqualTo("reporting-verb-in-parse");
    }

    @Test
    void theCompanyIsTheOrganisationLastNamed() {
        Speaker company = speakerOf("Northwind Energy Inc. reported higher sales on Tuesday. The company said its profit would rise this year.",
                "its profit would rise");

        assertThat(company.getCanonicalName()).isEqualTo("Northwind Energy Inc.");
        assertThat(company.getType()).isEqualTo(EntityType.ENTITY_TYPE_ORGANIZATION);
    }

    @Test
    void anOrganisationSpeaksThroughItsStatement() {
        assertThat(speakerOf("A statement from the Harrow County Council said the bridge would reopen in May.", "the bridge")
                .getCanonicalName()).isEqualTo("Harrow County Council");
        assertThat(speakerOf("The Harrow County Council statement said the bridge would reopen in May.", "the bridge")
                .getCanonicalName()).isEqualTo("Harrow County Council");
    }

    @Test
    void peopleSpeakingTogetherAreOneSpeakerThatTheyReferBackTo() {
        String text = "The owners, Lena Varga and Piotr Halas, said they respected the outcome of the vote.\n\n"
                + "\"We are proud of our staff,\" they said.";

        Speaker owners = speakerOf(text, "they respected");
        Speaker they = speakerOf(text, "We are proud");

        assertThat(owners.getCanonicalName()).isEqualTo("Lena Varga and Piotr Halas");
        assertThat(they.getCanonicalName()).isEqualTo("Lena Varga and Piotr Halas");
    }

    @Test
    void aDoctorDescribedButNotActingIsWhomTheNextHeStandsFor() {
        String text = "Dr. Lena Varga says it has long been known that the pills are overused.\n\n"
                + "Tomas Brenner, a doctor in the north, is more blunt about it.\n\n"
                + "He says the pills are everywhere in his town.";

        assertThat(speakerOf(text, "the pills are everywhere").getCanonicalName()).isEqualTo("Tomas Brenner");
    }

    @Test
    void aPronounPrefersThePersonInViewOverAnEarlierSpeaker() {
        String text = "\"We will appeal the ruling,\" said Lena Varga, the defence lawyer.\n\n"
                + "The hearing ended at noon. The court will sit again on Friday. For Ilse Maren, Friday is a day she has been "
                + "awaiting for a long time. Her father Tomas was one of the victims.\n\n"
                + "\"I am looking forward to the sentence,\" she said.";

        assertThat(speakerOf(text, "I am looking forward").getCanonicalName()).isEqualTo("Ilse Maren");
    }

    @Test
    void aBareQuoteCarriesOnTheLatestSpeakerEvenWhenTheyWereReported() {
        String text = "\"It is a public safety issue,\" said Ilse Maren.\n\n"
                + "But the director of operations, Tomas Brenner, says the system is designed for that.\n\n"
                + "\"We move resources around all the time.\"";

        Speaker continued = speakerOf(text, "We move resources");

        assertThat(continued.getCanonicalName()).isEqualTo("Tomas Brenner");
        assertThat(continued.getSieve()).isEqualTo("paragraph-continuation");
    }

    @Test
    void aFirstNameAloneIsTheOnePersonWhoseFullNameOpensWithIt() {
        String text = "Lena Varga told police she escaped on Thursday night. Lena said she ran to the road and waved at a car.";

        assertThat(speakerOf(text, "she ran to the road").getCanonicalName()).isEqualTo("Lena Varga");
    }

    @Test
    void indirectSpeechRecordsTheReadingThatChoseItsSpeaker() {
        assertThat(speakerOf("Ilse Maren said the bridge would reopen in May.", "the bridge").getSieve())
                .isEqualTo("reporting-verb-in-parse");
        assertThat(speakerOf("The bridge will reopen in May, according to Ilse Maren.", "The bridge").getSieve())
                .isEqualTo("according-to");
    }
}
