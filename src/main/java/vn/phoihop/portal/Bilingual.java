package vn.phoihop.portal;

import java.util.Locale;

/** Reference data is named in Vietnamese and English; the portal speaks Vietnamese unless English is asked for. */
public final class Bilingual {

    private Bilingual() {
    }

    public static String pick(Locale locale, String vietnamese, String english) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : vietnamese;
    }
}
