package io.crosscheck.gateway.compare;

import io.crosscheck.common.v1.FigureFrame;
import io.crosscheck.common.v1.Measure;
import io.crosscheck.common.v1.Speaker;

import java.util.List;

/**
 * A fictional flood in Velmora told by three fictional outlets over three days, with the frames an extractor would
 * give their figures: the dead counted by the Harrow County coroner rise from six to nine to fourteen (a timeline),
 * and on the last day two sources give different numbers of evacuated residents (a discrepancy naming both). Public
 * for the page's browser test, which draws what the engine answers for it.
 */
public final class FloodTimelineStory {
    private FloodTimelineStory() {
    }

    public static final String CORONER = "Harrow County Coroner";
    public static final String LEAGUE = "Velmora Aid League";
    public static final String COUNCIL = "Velmora Town Council";

    private static FigureFrame frame(String measure, String source) {
        return FigureFrame.newBuilder().setMeasure(Measure.newBuilder().setKey(measure).setText(measure))
                .setSource(Speaker.newBuilder().setText(source).setCanonicalName(source)).build();
    }

    private static StoryBuilder dead(String id, String outlet, String date, String written, double value, String extra) {
        String sentence = "The floods in Velmora killed " + written + " people this week, the county coroner said.";
        String content = "The floods in Velmora killed " + written + " people this week";
        StoryBuilder b = StoryBuilder.article(id, outlet, date, sentence, extra)
                .reported(sentence, content, "county coroner")
                .number(content, written, value, "", "people")
                .frame(content, written, frame("person kill", CORONER));
        return b;
    }

    private static final String QUIET = "Schools along the river stayed closed for the week.";

    public static List<CoverageArticle> articles() {
        String evacuatedA = "The aid league said 1,200 residents of the lower town were evacuated overnight.";
        String evacuatedB = "The town council said 1,900 residents of the lower town were evacuated overnight.";
        CoverageArticle early = dead("flood-1", "Coast Post", "2031-06-01", "6", 6, QUIET).statement(QUIET).build();
        CoverageArticle middle = dead("flood-2", "Hill Gazette", "2031-06-02", "9", 9, evacuatedA)
                .reported(evacuatedA, "1,200 residents of the lower town were evacuated overnight", "aid league")
                .number("1,200 residents of the lower town were evacuated overnight", "1,200", 1200, "", "residents")
                .frame("1,200 residents of the lower town were evacuated overnight", "1,200", frame("resident evacuate", LEAGUE))
                .build();
        CoverageArticle late = dead("flood-3", "Bay Record", "2031-06-03", "14", 14, evacuatedB)
                .reported(evacuatedB, "1,900 residents of the lower town were evacuated overnight", "town council")
                .number("1,900 residents of the lower town were evacuated overnight", "1,900", 1900, "", "residents")
                .frame("1,900 residents of the lower town were evacuated overnight", "1,900", frame("resident evacuate", COUNCIL))
                .build();
        return List.of(early, middle, late);
    }

    /** What the engine answers for the story. */
    public static Comparison compared() {
        return new CoverageComparer(CompareSettings.defaults()).compare(articles());
    }
}
