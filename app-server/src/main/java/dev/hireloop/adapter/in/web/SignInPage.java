package dev.hireloop.adapter.in.web;

import java.util.List;

/** The recruiter's sign-in page ({@code signin.mustache}); the token is never echoed back. */
record SignInPage(String pageTitle, List<FormError> errors, String tokenError) {
  static SignInPage blank() {
    return new SignInPage("Recruiter sign-in", List.of(), null);
  }

  static SignInPage error(String message) {
    return new SignInPage("Recruiter sign-in", List.of(FormError.field("token", message)), message);
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }
}
