package vn.phoihop.reviews;

import static vn.phoihop.forms.FormTexts.required;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An exemplary collective or person an organisation nominates; it proposes them through CommendationProcess. */
@Embeddable
public class Nomination {

    @Column(nullable = false)
    private String nominee;
    @Column(nullable = false)
    private String achievement;

    protected Nomination() {
    }

    Nomination(String nominee, String achievement) {
        this.nominee = required(nominee, 255, "reviews.error.nomination");
        this.achievement = required(achievement, 2000, "reviews.error.nomination");
    }

    public String nominee() {
        return nominee;
    }

    public String achievement() {
        return achievement;
    }
}
