package vn.phoihop.documents;

import org.springframework.stereotype.Component;

/**
 * Ids of business records, which are also their process instances' business keys:
 * {@code <PREFIX>-<year>-<number>}, e.g. {@code KT-2026-0007} for a commendation proposal. Numbered
 * per prefix and year by {@link DocumentNumbers} (so without gaps and unique across nodes), under
 * the counter {@code record:<PREFIX>}, which no issuer symbol can be.
 */
@Component
public class RecordIds {

    private final DocumentNumbers numbers;

    RecordIds(DocumentNumbers numbers) {
        this.numbers = numbers;
    }

    /** The next id of the prefix's records for the year; taken in the caller's transaction. */
    public String next(String prefix, int year) {
        return prefix + "-" + year + "-" + String.format("%04d", numbers.next("record:" + prefix, year).number());
    }
}
