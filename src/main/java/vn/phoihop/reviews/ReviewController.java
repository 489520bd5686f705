package vn.phoihop.reviews;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import vn.phoihop.documents.Downloads;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.security.PortalUser;

/**
 * The programme reviews {@code /reviews}: each review with its reports received, a review's page
 * (reports, nominations to propose, conference) and the consolidated report as a Word file for
 * those who read the plan whole.
 */
@Controller
@RequestMapping("/reviews")
class ReviewController {


    private final ReviewService reviews;
    private final PlanReaders readers;
    private final OrganizationTree organizations;
    private final ReviewCommendations commendations;
    private final ReviewDocument document;

    ReviewController(ReviewService reviews, PlanReaders readers, OrganizationTree organizations, ReviewCommendations commendations,
                     ReviewDocument document) {
        this.reviews = reviews;
        this.readers = readers;
        this.organizations = organizations;
        this.commendations = commendations;
        this.document = document;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        PlanReaders.Reader reader = visible(authentication);
        model.addAttribute("navSection", "reviews");
        model.addAttribute("reviews", reviews.all().stream()
                .filter(review -> reader.whole() || review.reports().stream().anyMatch(report -> reader.sees(report.organization()))).toList());
        return "reviews/list";
    }

    @GetMapping("/{id}")
    String page(@PathVariable String id, Authentication authentication, Model model, Locale locale) {
        PlanReaders.Reader reader = visible(authentication);
        ProgramReview review = readable(id, reader);
        PortalUser user = PortalUser.of(authentication);
        Map<String, Map<Integer, String>> proposable = new LinkedHashMap<>();
        review.reports().forEach(report -> proposable.put(report.organization(), commendations.proposableBy(review, report, user)));
        model.addAttribute("navSection", "reviews");
        model.addAttribute("view", ReviewView.of(review, reader, organizations.names(locale), proposable));
        return "reviews/page";
    }

    @GetMapping("/{id}/report.docx")
    ResponseEntity<byte[]> report(@PathVariable String id, Authentication authentication) {
        PlanReaders.Reader reader = visible(authentication);
        if (!reader.whole()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        ProgramReview review = readable(id, reader);
        if (review.summary() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Downloads.of(document.write(review), Downloads.DOCX, "Báo cáo tổng kết " + review.id() + ".docx");
    }

    private ProgramReview readable(String id, PlanReaders.Reader reader) {
        return reviews.find(id).filter(review -> reader.whole() || review.reports().stream().anyMatch(report -> reader.sees(report.organization())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private PlanReaders.Reader visible(Authentication authentication) {
        PlanReaders.Reader reader = readers.of(PortalUser.of(authentication));
        if (!reader.seesAnything()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return reader;
    }
}
