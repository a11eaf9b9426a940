package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.Entity;
import io.crosscheck.common.v1.EntityType;
import org.junit.jupiter.api.Test;

import static io.crosscheck.extraction.ClaimAssertions.assertTraceable;
import static io.crosscheck.extraction.ClaimAssertions.claimStartingWith;
import static io.crosscheck.extraction.domain.Nlp.claims;
import static org.assertj.core.api.Assertions.assertThat;

/** Canonical names through the whole extraction: surnames, spellings and roles resolve to the person. */
class EntityIndexTest {

    @Test
    void surnameAloneResolvesToTheFullNameGivenEarlier() {
        String text = "Council leader Petra Halvorsen spoke to reporters in Eastbrook on Monday.\n"
                + "Halvorsen said the harbour budget would be cut by ten percent.";

        ClaimSet set = claims(text);

        assertTraceable(text, set);
        Claim cut = claimStartingWith(set, "the harbour budget would be cut");
        assertThat(cut.getSpeaker().getText()).isEqualTo("Halvorsen");
        assertThat(cut.getSpeaker().getCanonicalName()).isEqualTo("Petra Halvorsen");
        assertThat(cut.getSpeaker().getType()).isEqualTo(EntityType.ENTITY_TYPE_PERSON);
        assertThat(cut.getSpeaker().getNamed()).isTrue();
        Entity petra = entity(set, "Petra Halvorsen");
        assertThat(petra.getType()).isEqualTo(EntityType.ENTITY_TYPE_PERSON);
        assertThat(petra.getAliasesList()).containsExactlyInAnyOrder("Petra Halvorsen", "Halvorsen");
        assertThat(petra.getMentionsList()).hasSize(2);
    }

    @Test
    void anAcronymSpeaksAsTheOrganisationItAbbreviates() {
        String text = "The family received a letter from the Velmora Harbour Safety Board on Monday.\n"
                + "VHSB said the inspection would go ahead in June.";

        Claim inspection = claimStartingWith(claims(text), "the inspection would go ahead");

        assertThat(inspection.getSpeaker().getText()).isEqualTo("VHSB");
        assertThat(inspection.getSpeaker().getCanonicalName()).isEqualTo("Velmora Harbour Safety Board");
        assertThat(entity(claims(text), "Velmora Harbour Safety Board").getAliasesList()).contains("VHSB");
    }

    @Test
    void surnameBeforeTheFullNameStillResolves() {
        String text = "Halvorsen arrived late to the session.\nCouncil leader Petra Halvorsen then opened the session.";

        Entity petra = entity(claims(text), "Petra Halvorsen");

        assertThat(petra.getAliasesList()).contains("Halvorsen");
        assertThat(petra.getMentionsList()).hasSize(2);
    }

    @Test
    void transliteratedSpellingsAreOneEntity() {
        String text = "Defence Minister Andriy Kovalenko met the mayor on Monday.\n"
                + "Andrey Kovalenko said the harbour would stay open through the winter.";

        ClaimSet set = claims(text);

        assertThat(set.getEntitiesList()).filteredOn(e -> e.getCanonicalName().endsWith("Kovalenko")).singleElement()
                .satisfies(e -> assertThat(e.getAliasesList()).contains("Andriy Kovalenko", "Andrey Kovalenko"));
    }

    @Test
    void pronounResolvesToThePersonLastNamed() {
        String text = "“The harbour will open next spring,” Mayor Ilse Maren said.\nShe added that the ferries would run daily.";

        Claim ferries = claimStartingWith(claims(text), "the ferries would run daily");

        assertThat(ferries.getSpeaker().getText()).isEqualTo("She");
        assertThat(ferries.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
        assertThat(ferries.getSpeaker().getNamed()).isTrue();
    }

    @Test
    void roleResolvesToThePersonTheArticleGivesIt() {
        String text = "Mayor Ilse Maren opened the new ferry terminal in Eastbrook on Monday.\n"
                + "The mayor said the ferries would run every hour until the bridge reopens.";

        Claim ferries = claimStartingWith(claims(text), "the ferries would run every hour");

        assertThat(ferries.getSpeaker().getText()).isEqualToIgnoringCase("the mayor");
        assertThat(ferries.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
        assertThat(ferries.getSpeaker().getNamed()).isTrue();
    }

    @Test
    void roleNobodyHoldsStaysTheRole() {
        String text = "The harbour master said the ferries would run every hour until the bridge reopens.";

        Claim ferries = claimStartingWith(claims(text), "the ferries would run every hour");

        assertThat(ferries.getSpeaker().getCanonicalName()).isEqualToIgnoringCase(ferries.getSpeaker().getText());
        assertThat(ferries.getSpeaker().getNamed()).isFalse();
    }

    @Test
    void pronounsNobodyIsNamedForAreNoNamesWhateverTheirCapitals() {
        String text = "He said the ferries would run every hour until the bridge reopens.\n"
                + "A senior official said the harbour would stay open through the winter.";

        ClaimSet set = claims(text);

        Claim ferries = claimStartingWith(set, "the ferries would run every hour");
        assertThat(ferries.getSpeaker().getText()).isEqualTo("He");
        assertThat(ferries.getSpeaker().getNamed()).isFalse();
        Claim harbour = claimStartingWith(set, "the harbour would stay open");
        assertThat(harbour.getSpeaker().getNamed()).isFalse();
    }

    @Test
    void roleWithModifiersIsNotGivenToAHolderOfAnotherPresidency() {
        String text = "“We will rebuild the bridge by June,” the Valdorian president said on Tuesday.\n"
                + "Tomas Brenner, President of the Harbour Commission, welcomed the plan.";

        Claim quote = claimStartingWith(claims(text), "We will rebuild");

        assertThat(quote.getSpeaker().getText()).isEqualTo("the Valdorian president");
        assertThat(quote.getSpeaker().getCanonicalName()).isNotEqualTo("Tomas Brenner");
        assertThat(quote.getSpeaker().getNamed()).isFalse();
    }

    private static Entity entity(ClaimSet set, String canonical) {
        return set.getEntitiesList().stream().filter(e -> e.getCanonicalName().equals(canonical)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + canonical + " among " + set.getEntitiesList()));
    }
}
