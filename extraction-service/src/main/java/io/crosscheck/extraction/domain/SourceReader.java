package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Speaker;

import java.util.List;

/**
 * Who a figure is attributed to: the speaker of the claim whose content holds it, direct quote or reported
 * speech ("the geological survey said", "according to the national seismic institute"), the innermost when claims nest. The
 * speaker is copied whole, so that comparison can tell figures from different sources apart by name.
 */
final class SourceReader {
    private SourceReader() {
    }

    static List<FrameRule<Speaker>> rules() {
        return List.of(new ClaimSpeaker());
    }

    /** The speaker of the innermost attributed claim whose content span holds the quantity's span. */
    static final class ClaimSpeaker implements FrameRule<Speaker> {
        @Override
        public Speaker read(FigureSite f, FrameInputs in) {
            return in.sources.of(f.index);
        }
    }
}
