package vn.phoihop.units.recognition;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.phoihop.security.PortalUser;

/** The unit page's button "Đề nghị khen thưởng" for a recognised Xuất sắc unit. */
@Controller
class RecognitionController {

    private final RecognitionCommendations commendations;
    private final RecognitionRepository recognitions;

    RecognitionController(RecognitionCommendations commendations, RecognitionRepository recognitions) {
        this.commendations = commendations;
        this.recognitions = recognitions;
    }

    /** To the commendation's start form, prefilled; or, without that process, the proposal recorded and the unit page again. */
    @PostMapping("/units/recognitions/{id}/propose")
    String propose(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
        PortalUser user = PortalUser.of(authentication);
        Recognition recognition = commendations.proposable(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var next = commendations.propose(recognition.id(), user);
        if (next.isPresent()) {
            return "redirect:" + next.get();
        }
        redirect.addFlashAttribute("info", "units.recognition.proposalRecorded");
        return "redirect:/units/" + recognitions.findById(id).orElseThrow().unitCode();
    }
}
