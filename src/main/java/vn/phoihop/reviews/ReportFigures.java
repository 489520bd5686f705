package vn.phoihop.reviews;

import java.util.List;

/** What an organisation reports for the ten years: the narrative, its figures, its nominations and its contribution's files. */
record ReportFigures(String results, Integer modelsBuilt, Integer peopleMobilized, Integer tipsReceived,
                     List<Nomination> nominations, String contributionFiles) {

    static final int MAX_FIGURE = 100_000_000;
    static final int MAX_NOMINATIONS = 30;
}
