package vn.phoihop.models;

import java.time.LocalDate;

/** A model's values once they passed the registry's rules (the form's and every imported row's). */
public record ModelDetails(String typeCode, String name, String sponsor, String district, String commune,
                           LocalDate startedOn, String boardMembers) {
}
