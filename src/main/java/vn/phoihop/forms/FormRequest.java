package vn.phoihop.forms;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/** What a POSTed form brings, in the shape {@link FormSubmissionBinder} takes: fields and uploaded files. */
public final class FormRequest {

    private FormRequest() {
    }

    public static MultiValueMap<String, String> parameters(HttpServletRequest request) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        return parameters;
    }

    public static MultiValueMap<String, MultipartFile> files(HttpServletRequest request) {
        // Filters may wrap the multipart request (Spring Security does): look through the wrappers.
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        return multipart != null ? multipart.getMultiFileMap() : new LinkedMultiValueMap<>();
    }
}
