package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.EntityType;
import io.crosscheck.extraction.domain.AnalyzedText;
import io.crosscheck.extraction.domain.EntityIndex;
import io.crosscheck.extraction.domain.NamedMention;
import io.crosscheck.extraction.domain.Sentence;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which person a pronoun or a description ("he", "the rookie defenceman") most likely stands for, after the
 * salience weighting of Lappin and Leass (1994), cut down to what the speaker readings know: every person
 * acting (a main-clause subject or a speaker, {@link ActorMemory}) or named (outside quotes) before it scores
 * {@value #ACTING} or {@value #NAMED}, less one for each sentence back; a person's score is their best; a
 * gender known to fit adds {@value #GENDER_FITS}; the later person wins a tie. "Halas, the addictions
 * doctor, is more blunt … He says" is Halas though another doctor spoke three sentences before; "For Ilse
 * Maren, Friday is a day …" makes her the "she" of the next quote. Nobody within {@value #WINDOW}
 * sentences: the last fitting person acting, else named, however far back (the readings' old behaviour).
 */
final class PersonSalience {
    static final double ACTING = 3;
    static final double NAMED = 2;
    static final double GENDER_FITS = 0.5;
    static final int WINDOW = 4;

    private final SpeakerContext context;
    private final PersonGenders genders;

    PersonSalience(SpeakerContext context, PersonGenders genders) {
        this.context = context;
        this.genders = genders;
    }

    /**
     * The canonical name of the most salient person before the offset whom the filter allows, fitting the
     * pronoun when one is given (null for a description); or null.
     */
    String person(int offset, String pronoun, Predicate<String> allowed) {
        AnalyzedText text = context.text();
        Sentence at = text.sentenceAt(offset);
        if (at == null) {
            return null;
        }
        Predicate<String> fits = pronoun == null ? allowed : allowed.and(p -> genders.fits(p, pronoun));
        Map<String, double[]> best = new HashMap<>(); // canonical -> {score, offset}
        context.actors().persons(offset, (canonical, where) -> consider(best, canonical, where, ACTING, at, fits));
        for (NamedMention m : text.mentions()) {
            if (m.start() >= offset) {
                break;
            }
            // A name in the pronoun's own sentence is no antecedent by naming alone: "Asked what he would tell Mayor
            // Ana Ruiz, he said" is not Ruiz speaking (only acting there, as a subject or speaker, counts).
            if (context.entities().typeOf(m) == EntityType.ENTITY_TYPE_PERSON && m.sentence() != at.index()
                    && !context.insideAnyQuote(text.sentences().get(m.sentence()).tokens().get(Math.max(0, m.firstToken())))) {
                consider(best, context.entities().canonical(m), m.start(), NAMED, at, fits);
            }
        }
        String chosen = null;
        double[] top = null;
        for (Map.Entry<String, double[]> e : best.entrySet()) {
            double[] v = e.getValue();
            double score = v[0] + (pronoun != null && genders.known(e.getKey()) ? GENDER_FITS : 0);
            if (top == null || score > top[0] || score == top[0] && v[1] > top[1]) {
                top = new double[] {score, v[1]};
                chosen = e.getKey();
            }
        }
        if (chosen != null) {
            return chosen;
        }
        String acting = context.actors().lastPerson(offset, fits);
        return acting != null ? acting : context.entities().personBefore(offset, fits);
    }

    private void consider(Map<String, double[]> best, String canonical, int where, double base, Sentence at, Predicate<String> fits) {
        Sentence s = context.text().sentenceAt(where);
        int back = s == null ? WINDOW + 1 : at.index() - s.index();
        if (back > WINDOW || canonical == null || !fits.test(canonical)) {
            return;
        }
        double score = base - back;
        double[] old = best.get(canonical);
        if (old == null || score > old[0] || score == old[0] && where > old[1]) {
            best.put(canonical, new double[] {score, where});
        }
    }
}
