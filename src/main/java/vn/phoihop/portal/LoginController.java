package vn.phoihop.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.phoihop.security.LoginThrottle;

@Controller
class LoginController {

    private final LoginThrottle throttle;

    LoginController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String login(Model model) {
        // the error message says how wrong passwords are slowed, as configured
        model.addAttribute("loginThrottle", throttle);
        return "login";
    }
}
