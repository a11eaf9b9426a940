package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;
import org.junit.jupiter.api.Test;

import static io.crosscheck.extraction.ClaimAssertions.assertTraceable;
import static io.crosscheck.extraction.ClaimAssertions.claimStartingWith;
import static io.crosscheck.extraction.domain.Nlp.claims;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speaker.named on every path a speaker is built by: the quote sieves, indirect speech, stances and the labelled
 * lines read before the chain. Named means the speaker resolves to a name of the article's entities.
 */
class SpeakerNamedTest {

    @Test
    void aQuoteSpeakerChosenByASieveIsNamedWhenItResolvesToAName() {
        String text = "“We will not give up the port,” said Tomas Brenner, the harbour master.\n"
                + "“The ferries will be late all summer,” a senior official said.";

        ClaimSet set = traced(text);

        Claim port = claimStartingWith(set, "We will not give up the port");
        assertThat(port.getSpeaker().getSieve()).isNotEmpty();
        assertThat(port.getSpeaker().getNamed()).isTrue();
        Claim ferries = claimStartingWith(set, "The ferries will be late");
        assertThat(ferries.getSpeaker().getText()).isEqualToIgnoringCase("a senior official");
        assertThat(ferries.getSpeaker().getSieve()).isNotEmpty();
        assertThat(ferries.getSpeaker().getNamed()).isFalse();
    }

    @Test
    void aStanceHolderIsNamedOnlyWhenTheArticleNamesIt() {
        String text = "Councillor Ana Ruiz said the ferries would run every hour from May. "
                + "The union wants to raise the wages of the harbour pilots by ten per cent. "
                + "Ruiz's concern about the cost of the new pier is shared by the harbour board.";

        ClaimSet set = traced(text);

        Claim said = claimStartingWith(set, "the ferries would run");
        assertThat(said.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(said.getSpeaker().getNamed()).isTrue();
        Claim wages = claimStartingWith(set, "to raise the wages");
        assertThat(wages.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_STANCE);
        assertThat(wages.getSpeaker().getNamed()).as("the union: a description").isFalse();
        Claim pier = claimStartingWith(set, "the cost of the new pier");
        assertThat(pier.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_STANCE);
        assertThat(pier.getSpeaker().getCanonicalName()).isEqualTo("Ana Ruiz");
        assertThat(pier.getSpeaker().getNamed()).isTrue();
    }

    @Test
    void aSignatureIsANameEvenWhenNerDoesNotKnowIt() {
        String text = "Readers wrote to us about the ferry.\n\n“The ferry was the only way to reach my mother on the "
                + "island.”\u00a0― Wendelin Quarrie\u00a0\n“Nobody asked the islanders what they needed.” ― Odalys Brevik.\n";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "The ferry was the only way").getSpeaker().getNamed()).isTrue();
        assertThat(claimStartingWith(set, "Nobody asked the islanders").getSpeaker().getNamed()).isTrue();
    }

    @Test
    void aHeadlineSourceIsNamedWhenAPersonAndNotWhenADocument() {
        ClaimSet person = traced("Maren: Ferries Will Run Again by May.\nMayor Ilse Maren said on Tuesday that the "
                + "ferries would run again by May.");
        ClaimSet poll = traced("Poll: Eastbrook Voters Back the New Bridge.\nA survey of 800 residents found broad "
                + "support for the bridge.");

        Claim ferries = claimStartingWith(person, "Ferries Will Run Again");
        assertThat(ferries.getSpeaker().getSieve()).isEqualTo("headline-source");
        assertThat(ferries.getSpeaker().getNamed()).isTrue();
        Claim voters = claimStartingWith(poll, "Eastbrook Voters Back");
        assertThat(voters.getSpeaker().getText()).isEqualTo("Poll");
        assertThat(voters.getSpeaker().getNamed()).isFalse();
    }

    @Test
    void transcriptLabelsAreNamedWhenTheArticleNamesThePerson() {
        String text = "Mayor Ilse Maren spoke to the harbour radio host on Sunday in Eastbrook.\n\n"
                + "HOST: Will the ferries run before the summer season starts?\n\n"
                + "MAREN: They will run every hour from the first of May.\n\n"
                + "HOST: And who pays for the new pier at the harbour?\n\n"
                + "MAREN: The harbour board pays for it out of its own reserves.";

        ClaimSet set = traced(text);

        Claim run = claimStartingWith(set, "They will run every hour");
        assertThat(run.getSpeaker().getSieve()).isEqualTo("labelled-line");
        assertThat(run.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
        assertThat(run.getSpeaker().getNamed()).isTrue();
        Claim pays = claimStartingWith(set, "And who pays");
        assertThat(pays.getSpeaker().getText()).isEqualTo("HOST");
        assertThat(pays.getSpeaker().getNamed()).as("a role the article names nobody for").isFalse();
    }

    private static ClaimSet traced(String text) {
        ClaimSet set = claims(text);
        assertTraceable(text, set);
        return set;
    }
}
