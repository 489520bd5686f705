package vn.phoihop.zalo;

/** A Zalo group's values once they passed the registry's rules (the form's and every imported row's). */
public record ZaloGroupDetails(String organization, String name, ZaloGroupLevel level, String area, String residentGroup,
                               String administrator, String joinLink) {
}
