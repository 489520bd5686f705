package vn.phoihop.plans;

import java.util.List;

/** A plan as {@code reference/plans.yaml} writes it. */
record PlanRow(String id, String number, String symbol, String issuedOn, String place, int year, String title, String basis,
               List<String> parties, List<Signer> signers, List<Section> sections, List<Duty> duties, String footnote) {

    record File(List<PlanRow> plans) {
    }

    record Signer(List<String> titles, String name) {
    }

    record Section(String code, String title, List<Item> items) {
    }

    record Item(String code, String text) {
    }

    record Duty(String code, String text, String lead, List<String> cooperating, String periodicity, List<String> processes,
                List<String> records, List<String> targets) {
    }
}
