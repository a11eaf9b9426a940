package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.AttributionLevel;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.crosscheck.extraction.ClaimAssertions.assertTraceable;
import static io.crosscheck.extraction.ClaimAssertions.claimStartingWith;
import static io.crosscheck.extraction.ClaimAssertions.claimsStartingWith;
import static io.crosscheck.extraction.ClaimAssertions.texts;
import static io.crosscheck.extraction.domain.Nlp.claims;
import static org.assertj.core.api.Assertions.assertThat;

/** Claim kinds, speakers, cues and attribution levels on short fictional news texts. */
class ClaimExtractorTest {

    @Test
    void directQuoteWithInvertedAttribution() {
        String text = "\"We will not give up the port,\" said Tomas Brenner, the harbour master.";

        Claim quote = claimStartingWith(traced(text), "We will not give up the port");

        assertThat(quote.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_DIRECT_QUOTE);
        assertThat(quote.getSpeaker().getCanonicalName()).isEqualTo("Tomas Brenner");
        assertThat(quote.getCue().getText()).isEqualTo("said");
        assertThat(quote.getAttribution()).isEqualTo(AttributionLevel.ATTRIBUTION_LEVEL_ATTRIBUTED);
    }

    @Test
    void transcriptLabelsThatTakeTurnsAreTheSpeakers() {
        String text = "The interview was recorded on Sunday in Eastbrook.\n\n"
                + "HALVORSEN: Will the ferries run before the summer season starts?\n\n"
                + "MAREN: They will run every hour from the first of May.\n\n"
                + "HALVORSEN: And who pays for the new pier at the harbour?\n\n"
                + "MAREN: The harbour board pays for it out of its own reserves.";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "They will run every hour").getSpeaker().getCanonicalName()).isEqualToIgnoringCase("Maren");
        assertThat(claimStartingWith(set, "And who pays").getSpeaker().getCanonicalName()).isEqualToIgnoringCase("Halvorsen");
    }

    @Test
    void sectionHeadingsInCapitalsAreNotSpeakers() {
        String text = "Markets in Velmora were calm on Tuesday as traders waited for the harbour figures.\n\n"
                + "KEEPING SCORE: The Velmora index rose 0.4 per cent to 10,892 in early trading.\n\n"
                + "ENERGY: Crude oil fell 42 cents to $51.69 per barrel in electronic trading.\n\n"
                + "CURRENCIES: The dollar rose to 108.78 yen from 108.69 late on Monday.";

        ClaimSet set = traced(text);

        assertThat(set.getClaimsList()).noneMatch(c -> c.getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE);
        assertThat(set.getClaimsList()).noneMatch(c -> c.hasSpeaker() && c.getSpeaker().getText().equals("ENERGY"));
    }

    @Test
    void linksAPageRepeatsAreNotSpeakers() {
        String text = "Police in Eastbrook warned of a new phone scam on Tuesday.\n\n"
                + "WATCH: Eastbrook police explain how the scam works in a short video\n\n"
                + "WATCH: Victims describe the calls they received last month\n\n"
                + "The calls come from numbers that look local, the police said.\n\n"
                + "READ MORE: Harbour district residents report a wave of fake invoices\n\n"
                + "READ MORE: How to tell a real bank call from a fake one";

        ClaimSet set = traced(text);

        assertThat(set.getClaimsList()).noneMatch(c -> c.getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE);
    }

    @Test
    void linksThatAlternateAreNotATranscript() {
        String text = "Police in Eastbrook warned of a new phone scam on Tuesday.\n\n"
                + "READ MORE: Harbour district residents report a wave of fake invoices\n\n"
                + "The calls come from numbers that look local, the police said.\n\n"
                + "WATCH: Eastbrook police explain how the scam works in a short video\n\n"
                + "Officers asked residents to hang up and call the bank themselves.\n\n"
                + "READ MORE: Mayor Ana Ruiz says the ferries will run every hour from May\n\n"
                + "WATCH: Victims describe the calls they received last month";

        ClaimSet set = traced(text);

        assertThat(set.getClaimsList()).noneMatch(c -> c.getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE);
        // A link's title is the linked page's claim, not this article's.
        assertThat(set.getClaimsList()).noneMatch(c -> c.getText().contains("ferries will run"));
        assertThat(claimStartingWith(set, "The calls come from numbers").getSpeaker().getText()).isEqualTo("the police");
    }

    @Test
    void aReportedClauseWhoseSubjectTheParserTookForTheObjectIsStillReported() {
        String text = "The area is wooded, and Brenner said Halvorsen was able to elude police in the dark. "
                + "Maren told court she is a trained harbour pilot who has worked the ferries for a decade.";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "Halvorsen was able to elude police").getSpeaker().getText()).isEqualTo("Brenner");
        assertThat(claimStartingWith(set, "she is a trained harbour pilot").getSpeaker().getText()).isEqualTo("Maren");
    }

    @Test
    void aReportedClauseTheParserHungOnTheObjectOrLeftLooseIsStillReported() {
        String text = "Fishers said the ministry's announcement of $40 million for the coastal fleet has done nothing to fix "
                + "the quota problem. But the nurses union says in rural Velmora clinics are too often missing their targets. "
                + "Dorne told court she is a licensed electrician who works nights at the shipyard.";

        ClaimSet set = traced(text);

        Claim announcement = claimStartingWith(set, "the ministry's announcement");
        assertThat(announcement.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(announcement.getText()).endsWith("the quota problem");
        assertThat(announcement.getSpeaker().getText()).isEqualTo("Fishers");
        assertThat(claimStartingWith(set, "in rural Velmora clinics").getSpeaker().getText()).isEqualTo("the nurses union");
        assertThat(claimStartingWith(set, "she is a licensed electrician").getSpeaker().getText()).isEqualTo("Dorne");
    }

    @Test
    void aReportingParticipleTheParserTookForAConjunctionStillReports() {
        String text = "The harbour board issued a second statement on Tuesday, saying an independent review will look into "
                + "the ferry collision.";

        Claim review = claimStartingWith(traced(text), "an independent review will look");

        assertThat(review.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(review.getSpeaker().getText()).isEqualTo("The harbour board");
        assertThat(review.getCue().getText()).isEqualTo("saying");
    }

    @Test
    void aQuantifiedGroupSpeaksAsItsWholeDescription() {
        String text = "Since the flood, some in the farming community say the relief money has dried up. "
                + "All those involved say the dispute is complex and cannot be settled by one agency.";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "the relief money").getSpeaker().getCanonicalName()).isEqualTo("some in the farming community");
        assertThat(claimStartingWith(set, "the dispute is complex").getSpeaker().getCanonicalName()).isEqualTo("All those involved");
    }

    @Test
    void anInfinitiveBeforeTheReportingClauseIsNotItsHolder() {
        String text = "To determine this, Ortiz explained that the auditors compared every invoice from the port.";

        Claim check = claimStartingWith(traced(text), "the auditors compared");

        assertThat(check.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(check.getSpeaker().getText()).isEqualTo("Ortiz");
    }

    @Test
    void aBodyDescribedByItsNounIsTheBodyNamedWithThatNoun() {
        String text = "The Anglican Diocese of Oldbury runs the school. Students at Kestrel Academy walked out on Monday. "
                + "The diocese said the walkout was peaceful. The teachers union said the Kestrel Academy board had ignored them.";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "the walkout was peaceful").getSpeaker().getCanonicalName()).isEqualTo("Anglican Diocese of Oldbury");
        assertThat(claimStartingWith(set, "the Kestrel Academy board").getSpeaker().getCanonicalName()).isEqualTo("The teachers union");
    }

    @Test
    void aClauseSetAfterTheSpeechVerbByACommaIsReported() {
        String text = "Dr. Ana Reyes runs the clinic. Reyes said too often, the emergency ward becomes a safety net for other programs.";

        Claim ward = claimStartingWith(traced(text), "the emergency ward becomes");

        assertThat(ward.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(ward.getSpeaker().getCanonicalName()).isEqualTo("Ana Reyes");
    }

    @Test
    void staffOfAPlaceSpeakNotThePlaceAndARoleInThePluralIsNoOnePerson() {
        String text = "Eastbrook staff explained the numbers this way: “The waitlist grew because two rinks closed.”\n\n"
                + "Council leader Tomas Brenner met the band on Monday. The hereditary leaders say those agreements do not "
                + "apply to the territory.";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "The waitlist grew").getSpeaker().getCanonicalName()).isEqualTo("Eastbrook staff");
        assertThat(claimStartingWith(set, "those agreements do not apply").getSpeaker().getCanonicalName())
                .isNotEqualTo("Tomas Brenner");
    }

    @Test
    void aPronounClosingAReportIsNotSomeoneTheReportNames() {
        String text = "Ken Aldo was on the fourth floor when the alarm began. "
                + "Tomas Brenner hid under the desks with colleagues, he said, but one guard ran to the roof.";

        Claim hid = claimStartingWith(traced(text), "Tomas Brenner hid under the desks");

        assertThat(hid.getSpeaker().getText()).isEqualTo("he");
        assertThat(hid.getSpeaker().getCanonicalName()).isEqualTo("Ken Aldo");
    }

    @Test
    void anUnnamedSpeakerIsTheWholeDescriptionNotItsHeadAlone() {
        String text = "A person familiar with the negotiations said the ferry deal was done on Tuesday. "
                + "Dock workers arrested last week said the police had used too much force.";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "the ferry deal was done").getSpeaker().getCanonicalName())
                .isEqualTo("A person familiar with the negotiations");
        assertThat(claimStartingWith(set, "the police had used").getSpeaker().getCanonicalName())
                .isEqualTo("Dock workers arrested last week");
    }

    @Test
    void aSpeechVerbWithOnlyAThingAsObjectReportsAnActNotWords() {
        String text = "The mayor denied the allegations on Tuesday. "
                + "The harbour board urged residents to avoid the pier. "
                + "Councillor Ana Ruiz called the plan “a costly mistake.”";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "the allegations").getKind()).isEqualTo(ClaimKind.CLAIM_KIND_STANCE);
        assertThat(claimStartingWith(set, "to avoid the pier").getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
    }

    @Test
    void aPartlyQuotedReportIsOneClaimHoldingTheQuotedWords() {
        String text = "Councillor Ana Ruiz said the ferry timetable was “a complete mess” and had to be rewritten.";

        ClaimSet set = traced(text);

        List<Claim> speech = set.getClaimsList().stream().filter(c -> c.getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE
                || c.getKind() == ClaimKind.CLAIM_KIND_INDIRECT_QUOTE).toList();
        assertThat(speech).hasSize(1);
        Claim report = speech.get(0);
        assertThat(report.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(report.getSpeaker().getCanonicalName()).isEqualTo("Ana Ruiz");
        assertThat(report.getQuotedWordsList()).singleElement()
                .satisfies(w -> assertThat(text.substring(w.getStart(), w.getEnd())).isEqualTo("a complete mess"));
    }

    @Test
    void stancesAreKeptApartFromSpeech() {
        String text = "Councillor Ana Ruiz said the ferries would run every hour from May. "
                + "The union wants to raise the wages of the harbour pilots by ten per cent. "
                + "Ruiz's concern about the cost of the new pier is shared by the harbour board.";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "the ferries would run").getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(claimStartingWith(set, "to raise the wages").getKind()).isEqualTo(ClaimKind.CLAIM_KIND_STANCE);
        assertThat(claimStartingWith(set, "the cost of the new pier").getKind()).isEqualTo(ClaimKind.CLAIM_KIND_STANCE);
    }

    @Test
    void quoteIntroducedByAColon() {
        String text = "Mayor Ilse Maren wrote on social media: “The bridge will be rebuilt by June.”";

        Claim quote = claimStartingWith(traced(text), "The bridge will be rebuilt");

        assertThat(quote.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_DIRECT_QUOTE);
        assertThat(quote.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
    }

    @Test
    void continuationParagraphKeepsItsSpeaker() {
        String text = "Maren said: “We expect the first ferries in May.\n“The ferries will run every hour after that.”";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "The ferries will run").getSpeaker().getText()).isEqualTo("Maren");
    }

    @Test
    void scareQuotesWithoutASpeakerAreNoClaims() {
        String text = "The council called the plan a “fresh start” for the harbour district of Eastbrook.";

        ClaimSet set = traced(text);

        assertThat(set.getClaimsList()).noneMatch(c -> c.getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE
                && c.getText().equals("fresh start") && !c.hasSpeaker());
    }

    @Test
    void aTermTheOutletsSentenceUsesIsNobodysQuote() {
        String text = "Mayor Maren has not yet committed the town to a post-storm “harbour guard,” which would rely on "
                + "volunteers. The council convened a panel to “solidify” the plans.";

        ClaimSet set = traced(text);

        assertThat(set.getClaimsList()).noneMatch(c -> c.getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE);
    }

    @Test
    void aQuotedNameForAThingInsideReportedSpeechIsATerm() {
        String text = "Maren added that Eastbrook and two other towns would be prepared to provide a “flood patrol” "
                + "along the coast. Brenner said the “main problem” was the silt.";

        ClaimSet set = traced(text);

        assertThat(set.getClaimsList()).noneMatch(c -> c.getText().equals("flood patrol") && c.hasSpeaker());
        assertThat(claimStartingWith(set, "the “main problem” was").getSpeaker().getText()).isEqualTo("Brenner");
    }

    @Test
    void aQuoteUnderANegatedCueIsNotTheSubjectsWords() {
        String text = "Mayor Ilse Maren hasn’t stated whether she will fund the town’s proposed “harbour guard.” "
                + "She said the budget was “very tight.”";

        ClaimSet set = traced(text);

        assertThat(set.getClaimsList()).noneMatch(c -> c.getText().startsWith("harbour guard") && c.hasSpeaker());
        Claim tight = claimStartingWith(set, "the budget was “very tight");
        assertThat(tight.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
        assertThat(quotedWords(text, tight)).containsExactly("very tight.");
    }

    @Test
    void aFrontedSpeechVerbIntroducesTheQuoteAfterIt() {
        String text = "The ferry sank in March. Said Brenner, \"The thought that our inspection missed this is very painful to us.\"";

        Claim quote = claimStartingWith(traced(text), "The thought that our inspection");

        assertThat(quote.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_DIRECT_QUOTE);
        assertThat(quote.getSpeaker().getText()).isEqualTo("Brenner");
    }

    @Test
    void aPersonNamedRightBeforeTheReportingVerbSpeaksWhenTheParseLosesTheSubject() {
        String text = "“They have to decide whether to feed themselves or their kids, so they are not worried about parties,” "
                + "Fight for $15 organizing director Kendall Fells told Fox News 6 in Milwaukee.";

        Claim quote = claimStartingWith(traced(text), "They have to decide");

        assertThat(quote.getSpeaker().getCanonicalName()).isEqualTo("Kendall Fells");
        assertThat(quote.getCue().getText()).isEqualTo("told");
    }

    @Test
    void aQuotedNameBeforeTheNounItModifiesIsNobodysQuote() {
        String text = "The union-backed “Harbour for All” campaign plans to picket the council, the Eastbrook Courier reports. "
                + "“We will win,” officials said.";

        ClaimSet set = traced(text);

        assertThat(set.getClaimsList()).noneMatch(c -> c.getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE
                && c.getText().startsWith("Harbour for All"));
        // a short capitalised quote closed by its own comma is speech, whatever noun follows it
        assertThat(claimStartingWith(set, "We will win").getSpeaker().getText()).isEqualTo("officials");
    }

    @Test
    void aMannerOfSpeakingVerbReportsAQuote() {
        String text = "When one analyst said on the air that the harbour remained an issue, the questioner quickly cut her "
                + "off. \"The harbour is off the table,\" he exclaimed, echoing a statement by Maren.";

        Claim quote = claimStartingWith(traced(text), "The harbour is off the table");

        assertThat(quote.getCue().getText()).isEqualTo("exclaimed");
        assertThat(quote.getSpeaker().getText()).isEqualTo("he");
    }

    @Test
    void asSomeonePutsItNamesTheSpeakerPastALongApposition() {
        String text = "The harbour is \"racing towards the finish line,\" as Tomas Brenner, associate professor at the "
                + "Eastbrook Institute for Coastal Studies, a think tank in Velmora, puts it.";

        Claim quote = claimStartingWith(traced(text), "racing towards the finish line");

        assertThat(quote.getSpeaker().getCanonicalName()).isEqualTo("Tomas Brenner");
    }

    @Test
    void aSurnameThatIsAlsoAVerbStillSpeaks() {
        String text = "Shane Shook, a security expert who has helped investigate the breaches, said he did not see "
                + "convincing evidence in the report.\n“As with all harbour agencies, there are management issues,” Shook said.";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "he did not see").getSpeaker().getCanonicalName()).isEqualTo("Shane Shook");
        assertThat(claimStartingWith(set, "As with all harbour agencies").getSpeaker().getCanonicalName()).isEqualTo("Shane Shook");
    }

    @Test
    void aVerbThatOnlyIntroducesQuotesReportsTheQuoteAfterItsColon() {
        String text = "The council wrote to the mayor on Monday. The letter continues: “As a former harbour master, please "
                + "explain your understanding of the legal difference between the two tides.”";

        Claim quote = claimStartingWith(traced(text), "As a former harbour master");

        assertThat(quote.getSpeaker().getText()).isEqualTo("The letter");
        assertThat(quote.getCue().getText()).isEqualTo("continues");
    }

    @Test
    void aShortQuoteJudgedByAStanceVerbKeepsItsHolder() {
        String text = "Mayor Maren condemned the closure as “deeply cynical” on Tuesday.";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "deeply cynical").getSpeaker().getText()).isEqualTo("Maren");
    }

    @Test
    void indirectSpeechWithThat() {
        String text = "Mayor Ilse Maren said on Tuesday that the town would spend $40 million on a new bridge.";

        Claim spend = claimStartingWith(traced(text), "the town would spend");

        assertThat(spend.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(spend.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
        assertThat(spend.getCue().getText()).isEqualTo("said");
        assertThat(spend.getTimesList()).extracting(t -> t.getValue()).contains("2025-11-25");
        assertThat(spend.getQuantitiesList()).extracting(q -> q.getValue()).containsExactly(4e7);
    }

    @Test
    void anInfinitiveOpeningTheContentStaysInsideAnInterruptingReportingClause() {
        String text = "To understand the flood, Mayor Maren said, one should visit the old harbour.";

        Claim visit = claimStartingWith(traced(text), "To understand the flood");

        assertThat(visit.getText()).endsWith("visit the old harbour");
        assertThat(visit.getSpeaker().getText()).isEqualTo("Maren");
    }

    @Test
    void theComplementAfterTheReportingVerbIsWhatIsSaidNotAFrontedAside() {
        String text = "As odd as it may seem, Mr. Brenner said the Harbour deal had played to his advantage - helping "
                + "start his grand plan.";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "the Harbour deal had played").getSpeaker().getText()).isEqualTo("Brenner");
        assertThat(set.getClaimsList()).noneMatch(c -> c.getText().startsWith("As odd"));
    }

    @Test
    void aStanceAdjectiveTellsWhatItsSubjectHolds() {
        String text = "Brenner was adamant that the ferry would run by May.";

        Claim ferry = claimStartingWith(traced(text), "the ferry would run by May");

        assertThat(ferry.getSpeaker().getText()).isEqualTo("Brenner");
        assertThat(ferry.getCue().getText()).isEqualTo("adamant");
    }

    @Test
    void aParticipleAfterAPredicateAdjectiveBorrowsItsSubjectAndReportsOnItsOwn() {
        String text = "On Thursday, harbour analysts were also more willing to give Mr. Brenner the benefit of the doubt, "
                + "saying that he had largely avoided any direct role in the scandal.";

        ClaimSet set = traced(text);

        Claim avoided = claimStartingWith(set, "he had largely avoided");
        assertThat(avoided.getSpeaker().getText()).isEqualTo("harbour analysts");
        assertThat(avoided.getCue().getText()).isEqualTo("saying");
        assertThat(claimStartingWith(set, "to give Mr. Brenner").getText()).endsWith("benefit of the doubt");
    }

    @Test
    void theOneQuotedAsSayingSpeaksNotWhoQuotes() {
        String text = "\"We have no idea what this is connected with,\" the Courier website quoted Ms. Maren, the editor "
                + "in chief, as saying. The Courier quoted Brenner as saying that the ferry would run by May.";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "We have no idea").getSpeaker().getText()).isEqualTo("Maren");
        assertThat(claimStartingWith(set, "the ferry would run").getSpeaker().getText()).isEqualTo("Brenner");
    }

    @Test
    void aPronounResolvesToTheNearestPersonOfFittingGender() {
        String text = "Ilse Maren opened the meeting of the harbour board. Tomas Brenner presented the budget for the ferry. "
                + "She said, \"The harbour is my issue.\" Ms. Okafor spoke next. Mr. Brask left. She said, \"I have heard enough.\"";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "The harbour is my issue").getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
        assertThat(claimStartingWith(set, "I have heard enough").getSpeaker().getCanonicalName()).isEqualTo("Okafor"); // by her honorific
    }

    @Test
    void aContentStopsBeforeTheReportingClauseOfTheNextReport() {
        String text = "A campaign operative decided to change course to avoid treatment by doctors who could leak details "
                + "to reporters, a source said.";

        Claim decided = claimStartingWith(traced(text), "to change course");

        assertThat(decided.getText()).endsWith("leak details to reporters");
    }

    @Test
    void accordingToAtTheEnd() {
        String text = "At least six people were injured in the collapse, according to the regional police.";

        Claim injured = claimStartingWith(traced(text), "At least six people were injured");

        assertThat(injured.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(injured.getCue().getText()).isEqualTo("according to");
        assertThat(injured.getSpeaker().getText()).contains("police");
    }

    @Test
    void accordingToAtTheStart() {
        String text = "According to Mayor Ilse Maren, the ferries will run every hour until June.";

        Claim ferries = claimStartingWith(traced(text), "the ferries will run");

        assertThat(ferries.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(ferries.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
    }

    @Test
    void denialIsDenied() {
        String text = "Harbour master Tomas Brenner denied that the port would close in winter.";

        Claim close = claimStartingWith(traced(text), "the port would close");

        assertThat(close.getAttribution()).isEqualTo(AttributionLevel.ATTRIBUTION_LEVEL_DENIED);
    }

    @Test
    void hearsayIsReportedAndUnverifiableIsUnverified() {
        ClaimSet reported = traced("The mayor of Eastbrook reportedly sold the old ferry to a private buyer last year.");
        ClaimSet unverified = traced("The agency could not independently verify that the ferry sank near Eastbrook.");

        assertThat(reported.getClaimsList()).singleElement().extracting(Claim::getAttribution)
                .isEqualTo(AttributionLevel.ATTRIBUTION_LEVEL_REPORTED);
        assertThat(unverified.getClaimsList()).extracting(Claim::getAttribution)
                .containsOnly(AttributionLevel.ATTRIBUTION_LEVEL_UNVERIFIED);
    }

    @Test
    void plainSentenceIsAnAssertedStatementAndAHeadlineIsNot() {
        String text = "Eastbrook bridge collapses in storm\nThe old bridge in Eastbrook collapsed during the storm on Monday night.";

        ClaimSet set = traced(text);

        assertThat(set.getClaimsList()).as("%s", texts(set)).singleElement().satisfies(c -> {
            assertThat(c.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_STATEMENT);
            assertThat(c.getAttribution()).isEqualTo(AttributionLevel.ATTRIBUTION_LEVEL_ASSERTED);
            assertThat(c.getText()).startsWith("The old bridge");
            assertThat(c.getSpan()).isEqualTo(c.getSentenceSpan());
        });
    }

    @Test
    void specificNumericClaimsAreMoreCheckWorthyThanOpinion() {
        ClaimSet set = traced("Seven people were killed and 40 injured when the bridge collapsed on Monday.\n"
                + "Maybe the 12 council members in Eastbrook should perhaps rethink the $40 million bridge.\n"
                + "Maybe the town should perhaps think about it a bit more.");

        Claim factual = claimStartingWith(set, "Seven people");
        Claim opinion = claimStartingWith(set, "Maybe the 12 council members");
        assertThat(factual.getCheckWorthiness()).isGreaterThan(opinion.getCheckWorthiness());
        // With nothing checkable in it (no number, date, name or event), an opinion is no statement at all.
        assertThat(set.getClaimsList()).noneMatch(c -> c.getText().startsWith("Maybe the town"));
    }

    @Test
    void contentThenSpeakerThenCueIsIndirectSpeech() {
        String text = "The bridge will reopen in June, Maren said.\nSeven people were injured in the blast, police said.";

        ClaimSet set = traced(text);

        Claim bridge = claimStartingWith(set, "The bridge will reopen in June");
        assertThat(bridge.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(bridge.getText()).isEqualTo("The bridge will reopen in June");
        assertThat(bridge.getSpeaker().getText()).isEqualTo("Maren");
        assertThat(bridge.getAttribution()).isEqualTo(AttributionLevel.ATTRIBUTION_LEVEL_ATTRIBUTED);
        Claim injured = claimStartingWith(set, "Seven people were injured");
        assertThat(injured.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(injured.getSpeaker().getText()).isEqualTo("police");
    }

    @Test
    void invertedContentThenCueThenSpeakerIsIndirectSpeech() {
        String text = "The bridge will reopen in June, said Maren.";

        Claim bridge = claimStartingWith(traced(text), "The bridge will reopen in June");

        assertThat(bridge.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(bridge.getText()).isEqualTo("The bridge will reopen in June");
        assertThat(bridge.getSpeaker().getText()).isEqualTo("Maren");
    }

    @Test
    void aRelativePronounSubjectSpeaksForTheNounItFollows() {
        String text = "Ferries were delayed on Monday, according to the port. The harbour office, which reported "
                + "“a sharp rise in traffic” last month, expects more delays.";

        Claim quote = claimStartingWith(traced(text), "a sharp rise in traffic");

        assertThat(quote.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_DIRECT_QUOTE);
        assertThat(quote.getSpeaker().getText()).contains("office");
    }

    @Test
    void anUnresolvedTheyStillSpeaksForAReportingVerb() {
        String text = "“The port will stay closed until the inspection is over,” they said.";

        Claim quote = claimStartingWith(traced(text), "The port will stay closed");

        assertThat(quote.getSpeaker().getText()).isEqualTo("they");
    }

    @Test
    void aQuoteSplitAroundItsReportingClauseIsOneClaim() {
        String text = "“The harbour is a quiet place,” said Tomas Brenner, a ferry captain. “But the bridge changes everything.”";

        ClaimSet set = traced(text);

        Claim quote = claimStartingWith(set, "The harbour is a quiet place");
        assertThat(quote.getText()).startsWith("The harbour is a quiet place").endsWith("But the bridge changes everything.");
        assertThat(quote.getSpeaker().getCanonicalName()).isEqualTo("Tomas Brenner");
        assertThat(claimsStartingWith(set, "But the bridge")).isEmpty();
    }

    @Test
    void quotesOfTwoSpeakersAreNotJoined() {
        String text = "“The harbour is a quiet place,” said Tomas Brenner. “The bridge changes everything,” said Ilse Maren.";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "The harbour is").getSpeaker().getCanonicalName()).isEqualTo("Tomas Brenner");
        assertThat(claimStartingWith(set, "The bridge changes").getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
    }

    @Test
    void quotedWordsAreNeverTheSpeaker() {
        String text = "Mayor Ilse Maren visited the harbour.\n“My hope,” she said, “is that the ferries run again by June.”";

        Claim quote = claimStartingWith(traced(text), "My hope");

        assertThat(quote.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
    }

    @Test
    void aSentenceOpeningWithSaidAndANameIntroducesTheQuote() {
        String text = "Few people spoke at the meeting. Said Maren: “I don’t think the council cares about the harbour.”";

        Claim quote = claimStartingWith(traced(text), "I don’t think");

        assertThat(quote.getSpeaker().getText()).isEqualTo("Maren");
    }

    @Test
    void aPartialQuoteLeavesItsClauseToIndirectSpeech() {
        String text = "Mayor Ilse Maren said the harbour plan was “dead on arrival” because the council had cut its budget.";

        ClaimSet set = traced(text);

        Claim clause = claimStartingWith(set, "the harbour plan was");
        assertThat(clause.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(clause.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
        assertThat(clause.getText()).contains("dead on arrival");
        assertThat(quotedWords(text, clause)).containsExactly("dead on arrival");
        assertThat(set.getClaimsList()).noneMatch(c -> c.getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE);
    }

    @Test
    void aReportingVerbWithItsOwnSubjectKeepsTheQuoteFromAnOuterOne() {
        String text = "When Maren noted that Brenner has occasionally not paid any harbour fees ― as was true for the few "
                + "years his accounts were made public ― Brenner boasted, “That makes me smart.”";

        Claim quote = claimStartingWith(traced(text), "That makes me");

        assertThat(quote.getSpeaker().getText()).isEqualTo("Brenner");
        assertThat(quote.getCue().getText()).isEqualTo("boasted");
    }

    @Test
    void theSubjectNextToAParentheticalReportingVerbSpeaks() {
        String text = "These dock workers, Brenner explained earlier in the committee hearing, were “well-paid,” making "
                + "between $30,000 and $60,000 a year.";

        Claim quote = claimStartingWith(traced(text), "well-paid");

        assertThat(quote.getSpeaker().getText()).isEqualTo("Brenner");
    }

    @Test
    void footageOfAPersonSpeakingIsThatPersonsQuote() {
        String text = "The new ad uses footage of Ilse Maren asking, “Why is the ferry still not running?”";

        Claim quote = claimStartingWith(traced(text), "Why is the ferry");

        assertThat(quote.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
    }

    @Test
    void aTimeAfterAnInvertedVerbIsNotTheSpeaker() {
        String text = "“He's absolutely right. There's a severe disconnect between this council and frankly the mayor and "
                + "our harbour,” Brenner, a top Maren surrogate, said Thursday morning on Eastbrook Radio’s “Harbour Hour.”";

        Claim quote = claimStartingWith(traced(text), "He's absolutely right");

        assertThat(quote.getSpeaker().getText()).isEqualTo("Brenner");
    }

    @Test
    void aVoxPopSignatureNamesTheSpeakerEvenWhenNerDoesNot() {
        String text = "Readers wrote to us about the ferry.\n\n“The ferry was the only way to reach my mother on the "
                + "island.”\u00a0― Wendelin Quarrie\u00a0\n“Nobody asked the islanders what they needed.” ― Odalys Brevik.\n";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "The ferry was the only way").getSpeaker().getText()).isEqualTo("Wendelin Quarrie");
        assertThat(claimStartingWith(set, "Nobody asked the islanders").getSpeaker().getText()).isEqualTo("Odalys Brevik");
    }

    @Test
    void aRoundUpLabelMayNameTheSpeakersOutletAfterAComma() {
        String text = "Who won the harbour debate?\n\nIlse Maren, The Eastbrook Courier: \"The mayor was calm, and the "
                + "council never found its footing.\"\n\nTomas Brenner, Harbour Radio: \"It was a draw, and a dull one.\"\n\n"
                + "Odalys Brevik, author of The Ferry Years: \"Nobody won, and the island lost.\"\n";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "The mayor was calm").getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
        assertThat(claimStartingWith(set, "It was a draw").getSpeaker().getCanonicalName()).isEqualTo("Tomas Brenner");
        assertThat(claimStartingWith(set, "Nobody won").getSpeaker().getCanonicalName()).isEqualTo("Odalys Brevik");
    }

    @Test
    void aSecondQuoteWithItsOwnReportingClauseIsItsOwnClaim() {
        String text = "“This just isn’t right,” Maren said. “You cut the ferry to the bone” to save money, she said.";

        ClaimSet set = traced(text);

        // The clause the quote is part of ("… to the bone” to save money"), holding the quoted words: hers.
        Claim second = claimStartingWith(set, "You cut the ferry");
        assertThat(second.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(second.getSpeaker().getText()).isEqualTo("she");
        assertThat(quotedWords(text, second)).containsExactly("You cut the ferry to the bone");
        assertThat(claimStartingWith(set, "This just isn’t right").getText()).doesNotContain("You cut");
    }

    @Test
    void aQuotedFragmentIsPartOfTheReportedClauseAroundIt() {
        String text = "The harbour master said it was “a grave mistake” to close the ferry pier in winter.";

        ClaimSet set = traced(text);

        assertThat(set.getClaimsList()).noneMatch(c -> c.getText().startsWith("a grave mistake"));
        Claim clause = claimStartingWith(set, "it was “a grave mistake”");
        assertThat(clause.getText()).isEqualTo("it was “a grave mistake” to close the ferry pier in winter");
        assertThat(clause.getSpeaker().getText()).isEqualTo("The harbour master");
        assertThat(quotedWords(text, clause)).containsExactly("a grave mistake");
    }

    @Test
    void aReportedClauseTheParserBrokeApartIsReadToTheEndOfTheSentence() {
        // The fast parser makes "said" the subject of "spur"; the content still runs to the end.
        String text = "Administration officials said they hoped the move will spur greater investment in the island.";

        ClaimSet set = traced(text);

        Claim claim = claimStartingWith(set, "they hoped");
        assertThat(claim.getText()).isEqualTo("they hoped the move will spur greater investment in the island");
        assertThat(claim.getSpeaker().getText()).isEqualTo("Administration officials");
    }

    @Test
    void coordinatedActsInsideReportedSpeechStayInTheContent() {
        String text = "Police say he posed a threat and refused to drop the knife.";

        ClaimSet set = traced(text);

        assertThat(claimStartingWith(set, "he posed").getText())
                .isEqualTo("he posed a threat and refused to drop the knife");
    }

    @Test
    void adviceIsNoStatement() {
        String text = "3 Take the first ferry of the day to beat the 400 commuters.\nThe first ferry leaves Eastbrook at 7 a.m. "
                + "and costs $4.";

        ClaimSet set = traced(text);

        assertThat(set.getClaimsList()).noneMatch(c -> c.getText().contains("Take the first ferry"));
        assertThat(claimStartingWith(set, "The first ferry leaves").getKind()).isEqualTo(ClaimKind.CLAIM_KIND_STATEMENT);
    }

    @Test
    void shortSentencesWithoutNumberOrDateAreNoStatements() {
        String text = "The mood on the island had changed. The ferry company cut 40 crossings from the winter timetable. "
                + "On Tuesday the pier closed to all traffic.";

        ClaimSet set = traced(text);

        assertThat(claimsStartingWith(set, "The mood")).isEmpty();
        assertThat(claimStartingWith(set, "The ferry company cut").getKind()).isEqualTo(ClaimKind.CLAIM_KIND_STATEMENT);
        assertThat(claimStartingWith(set, "On Tuesday the pier").getKind()).isEqualTo(ClaimKind.CLAIM_KIND_STATEMENT);
    }

    @Test
    void aQuoteStandingAloneCarriesOnFromTheSpeakersLatestNaming() {
        String text = "Maren called the closure “outrageous.” Maren kept her remarks about the budget to the future.\n\n"
                + "“If the ferry cannot pay its way, it should be sold.”";

        Claim quote = claimStartingWith(traced(text), "If the ferry cannot");

        assertThat(quote.getSpeaker().getCanonicalName()).isEqualTo("Maren");
        assertThat(quote.getSpeaker().getSpan().getStart()).isEqualTo(text.indexOf("Maren kept"));
    }

    @Test
    void aStanceVerbAttributesItsComplementsToItsSubject() {
        String text = "A union representing ferry crews endorsed Ilse Maren for mayor on Thursday, another sign of labour "
                + "rallying behind her. Mayor Tomas Brenner called for reducing the harbour fee to 3 percent in a compromise.";

        ClaimSet set = traced(text);

        Claim endorsement = claimStartingWith(set, "Ilse Maren for mayor");
        assertThat(endorsement.getKind()).as("a position, not words").isEqualTo(ClaimKind.CLAIM_KIND_STANCE);
        assertThat(endorsement.getText()).isEqualTo("Ilse Maren for mayor");
        assertThat(endorsement.getCue().getText()).isEqualTo("endorsed");
        assertThat(endorsement.getSpeaker().getText()).contains("union");
        Claim call = claimStartingWith(set, "reducing the harbour fee");
        assertThat(call.getSpeaker().getCanonicalName()).isEqualTo("Tomas Brenner");
        assertThat(call.getText()).startsWith("reducing the harbour fee to 3 percent");
    }

    @Test
    void aPassiveStanceTakesItsSourceFromTheByPhrase() {
        String text = "The new ferry timetable was first reported by the Eastbrook Courier.";

        Claim reported = claimStartingWith(traced(text), "The new ferry timetable");

        // What was reported is a thing, not words: the report is an act, a stance's kind.
        assertThat(reported.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_STANCE);
        assertThat(reported.getText()).isEqualTo("The new ferry timetable");
        assertThat(reported.getSpeaker().getText()).contains("Eastbrook Courier");
    }

    @Test
    void aReportingClauseClosingTheSentenceReportsEverythingBeforeIt() {
        String text = "But the new ferry plan is still tilted toward the islands' rich residents, the Harbour Institute said. "
                + "Eastbrook would expand the night service, but for some, the losses would outstrip the gains, said Brenner.";

        ClaimSet set = traced(text);

        Claim institute = claimStartingWith(set, "But the new ferry plan");
        assertThat(institute.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(institute.getText()).endsWith("rich residents");
        assertThat(institute.getSpeaker().getText()).isEqualTo("Harbour Institute");
        Claim brenner = claimStartingWith(set, "Eastbrook would expand");
        assertThat(brenner.getSpeaker().getText()).isEqualTo("Brenner");
        assertThat(brenner.getText()).endsWith("outstrip the gains");
    }

    @Test
    void aReportingClauseInterruptingItsContentLeavesBothSidesAsContent() {
        String text = "Harbour silt, Mayor Maren often says, is the greatest long-term threat facing the port.";

        Claim claim = claimStartingWith(traced(text), "Harbour silt");

        assertThat(claim.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(claim.getText()).endsWith("threat facing the port");
        assertThat(claim.getSpeaker().getText()).isEqualTo("Maren");
    }

    @Test
    void theOneSpokenToIsNotWhatIsSaid() {
        String text = "Last month, the coast guard warned harbour officials to close the northern pier before the storms.";

        ClaimSet set = traced(text);

        Claim warning = claimStartingWith(set, "to close the northern pier");
        assertThat(warning.getCue().getText()).isEqualTo("warned");
        assertThat(set.getClaimsList()).noneMatch(c -> c.getText().startsWith("harbour officials"));
    }

    @Test
    void aCueNounCarriesWhatItIsAbout() {
        String text = "Voters remembered Brenner's comment about the ferry subsidy for years. "
                + "The dock workers' union issued a call for a new pier on the northern shore.";

        ClaimSet set = traced(text);

        Claim comment = claimStartingWith(set, "the ferry subsidy");
        assertThat(comment.getCue().getText()).isEqualTo("comment");
        assertThat(comment.getSpeaker().getCanonicalName()).isEqualTo("Brenner");
        Claim call = claimStartingWith(set, "a new pier");
        assertThat(call.getCue().getText()).isEqualTo("call");
        assertThat(call.getSpeaker().getText()).contains("union");
    }

    @Test
    void aStanceInARelativeClauseBelongsToTheNounItDescribes() {
        String text = "Maren founded Harbour First, a campaign group that intends to fight the pier plan in every council vote.";

        Claim stance = claimStartingWith(traced(text), "to fight the pier plan");

        assertThat(stance.getCue().getText()).isEqualTo("intends");
        assertThat(stance.getSpeaker().getText()).contains("group");
    }

    @Test
    void aReportingClauseHungOffItsContentStillReportsIt() {
        String text = "Frustration with police: Dock workers say Eastbrook officers have historically been too aggressive toward "
                + "island residents. "
                + "Maren wanted to stage a protest at the council meeting, though she acknowledged it was unlikely to work.";

        ClaimSet set = traced(text);

        Claim workers = claimStartingWith(set, "Eastbrook officers have historically");
        assertThat(workers.getSpeaker().getText()).isEqualTo("Dock workers");
        assertThat(workers.getSpeaker().getType()).isEqualTo(EntityType.ENTITY_TYPE_ORGANIZATION);
        Claim acknowledged = claimStartingWith(set, "it was unlikely to work");
        assertThat(acknowledged.getCue().getText()).isEqualTo("acknowledged");
        assertThat(acknowledged.getSpeaker().getCanonicalName()).isEqualTo("Maren");
    }

    @Test
    void theWritersIIsNotTheLastPersonNamed() {
        String text = "Maren spoke at the harbour on Monday. I know the ferry accounts are being audited, and the council "
                + "does not want to give the auditors any more work.";

        Claim known = claimStartingWith(traced(text), "the ferry accounts");

        assertThat(known.getSpeaker().getText()).isEqualTo("I");
        assertThat(known.getSpeaker().getCanonicalName()).isEqualTo("I");
    }

    @Test
    void aHeadlineInTheSourceColonFormIsTheSourcesClaimInTheOutletsWords() {
        String text = "Maren: Ferries Will Run Again by May.\nMayor Ilse Maren said on Tuesday that the ferries would "
                + "run again by May.";

        Claim headline = claimStartingWith(traced(text), "Ferries Will Run Again");

        assertThat(headline.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(headline.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
        assertThat(headline.getCue().getText()).isEqualTo(":");
    }

    @Test
    void aHeadlineCanCiteADocumentOrAPersonOnATopic() {
        ClaimSet poll = traced("Poll: Eastbrook Voters Back the New Bridge.\nA survey of 800 residents found broad "
                + "support for the bridge.");
        ClaimSet onTopic = traced("Maren on the Flood: ‘We Were Not Ready.’\nMayor Ilse Maren spoke to reporters "
                + "on Monday about the flood.");

        assertThat(claimStartingWith(poll, "Eastbrook Voters Back").getSpeaker().getText()).isEqualTo("Poll");
        Claim topic = claimStartingWith(onTopic, "We Were Not Ready");
        assertThat(topic.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_DIRECT_QUOTE);
        assertThat(topic.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
        assertThat(topic.getCue().getText()).isEqualTo("on the Flood:");
    }

    @Test
    void aHeadingThatNamesNoSourceIsNoAttribution() {
        ClaimSet set = traced("The Latest: Harbour Board Delays the Vote.\nThe harbour board of Eastbrook delayed "
                + "its vote on the new ferry contract by a week.");

        assertThat(set.getClaimsList()).noneMatch(c -> c.hasSpeaker() && c.getSpeaker().getText().equals("The Latest"));
    }

    @Test
    void aLabelIsClaimedTogetherWithWhatItLabels() {
        String text = "Okafor, a senior adviser to the mayor, called the ruling on Saturday “a true wake-up call” to the "
                + "harbour workers.\nHis allies called him “a genius” after the vote.";

        ClaimSet set = traced(text);

        Claim ruling = claimStartingWith(set, "the ruling");
        assertThat(ruling.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(ruling.getText()).contains("“a true wake-up call”");
        assertThat(ruling.getSpeaker().getText()).isEqualTo("Okafor");
        assertThat(claimStartingWith(set, "him").getText()).isEqualTo("him “a genius”");
    }

    private static ClaimSet traced(String text) {
        ClaimSet set = claims(text);
        assertTraceable(text, set);
        return set;
    }

    /** The quoted words a partly quoted report holds, as written. */
    private static List<String> quotedWords(String text, Claim claim) {
        return claim.getQuotedWordsList().stream().map(w -> text.substring(w.getStart(), w.getEnd())).toList();
    }
}
