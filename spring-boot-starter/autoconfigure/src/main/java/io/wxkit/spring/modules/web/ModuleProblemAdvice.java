package io.wxkit.spring.modules.web;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Untrusted;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of a module endpoint as an RFC 9457 problem detail ({@code application/problem+json}) with the
 * stable {@code code} property: the module's own code ({@code ModuleException.code()}) or one of the
 * starter's ({@code NOT_SIGNED_IN}, {@code ADMIN_REQUIRED}, {@code PAYLOAD_TOO_LARGE}, {@code MALFORMED_BODY},
 * {@code BAD_PARAMETER}, {@code INTERNAL_ERROR}). Never a stack trace: an unexpected failure is logged and
 * answered with a generic detail.
 */
@RestControllerAdvice(basePackages = "io.wxkit.spring.modules")
public class ModuleProblemAdvice {
    private static final Logger log = LoggerFactory.getLogger(ModuleProblemAdvice.class);

    @ExceptionHandler(ModuleException.class)
    ResponseEntity<ProblemDetail> module(ModuleException e) {
        return problem(ProblemStatus.of(e.code()), e.code(), e.detail());
    }

    @ExceptionHandler(FormRejectedException.class)
    ResponseEntity<ProblemDetail> form(FormRejectedException e) {
        ResponseEntity<ProblemDetail> answer = problem(422, "INVALID_INPUT", e.getMessage());
        answer.getBody().setProperty("errors", e.errors());
        return answer;
    }

    @ExceptionHandler(ModuleAccessException.class)
    ResponseEntity<ProblemDetail> access(ModuleAccessException e) {
        return problem(e.status(), e.code(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(400, "MALFORMED_BODY", "the request body is not the JSON this endpoint expects");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> parameter(Exception e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return problem(400, "BAD_PARAMETER", "parameter '" + Untrusted.clip(name) + "' is missing or malformed");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(405, "METHOD_NOT_ALLOWED", "method " + e.getMethod() + " is not supported here");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(415, "UNSUPPORTED_MEDIA_TYPE", "send application/json");
    }

    /** Module argument checks (ids, sizes) that are not ModuleExceptions. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegal(IllegalArgumentException e) {
        String detail = e.getMessage() == null ? "invalid input" : Untrusted.clip(e.getMessage());
        return problem(422, "INVALID_INPUT", detail);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("module endpoint failed", e);
        return problem(500, "INTERNAL_ERROR", "something went wrong; try again later");
    }

    static ResponseEntity<ProblemDetail> problem(int status, String code, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        HttpStatus known = HttpStatus.resolve(status);
        p.setTitle(known != null ? known.getReasonPhrase() : "Error");
        p.setType(URI.create("urn:wxkit:problem:" + code));
        p.setProperty("code", code);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
