package vn.phoihop.meetings;


/** The lengths of the meeting's texts (checked with forms.FormTexts), one place for the aggregate and its parts. */
final class MeetingTexts {

    static final int LONG = 8000;
    static final int MEDIUM = 2000;
    static final int SHORT = 255;

    private MeetingTexts() {
    }
}
