package io.crosscheck.gateway.compare;

import io.crosscheck.common.v1.Speaker;
import io.crosscheck.names.NameKey;

import java.util.List;

/**
 * A speaker as the comparison sees it: a name ("Ann Halvorsen", "Harbor Council") or a description ("a senior
 * official", "city officials"). Only names can disagree: two descriptions, or a description and a name, may well be
 * the same source.
 *
 * <p>Whether the speaker is a name is extraction's word, {@link Speaker#getNamed()}: it knows whether the speaker
 * resolved to an entity the article names, where the gateway could only guess from capital letters (and took "He"
 * and "I" for names, "Felix Amsel's spokesman" for none only by its apostrophe). Claims stored by an extractor
 * before news-0.12.0 have named false: the gateway asks for claims of the current extractor version, so such
 * claims are extracted again on first use; only while extraction-service is unreachable does it serve them (listed
 * as possiblyStale), and then their speakers count as descriptions: no speaker conflict and no speaker term comes
 * from them, which can hide a conflict but never invents one.
 *
 * @param keys the name's word keys ({@link NameKey#words}), kept for descriptions too
 */
record SpeakerName(String canonical, boolean named, List<String> keys) {

    static SpeakerName of(Speaker speaker) {
        List<String> keys = NameKey.words(speaker.getCanonicalName());
        return new SpeakerName(speaker.getCanonicalName(), speaker.getNamed() && !keys.isEmpty(), keys);
    }

    /**
     * Whether two names may be one speaker: same word keys, or one name's words all within the other's ("Halvorsen"
     * and "Ann Halvorsen"); see {@link NameKey#samePerson}.
     */
    boolean sameAs(SpeakerName other) {
        return NameKey.samePerson(keys, other.keys);
    }
}
